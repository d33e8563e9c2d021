import { defineConfig } from "vitest/config";

export default defineConfig({
    test: {
        include: ["test/**/*.test.ts"],
        // Starts the packaged API (and its embedded PostgreSQL) once for all test files.
        globalSetup: ["test/live-server.ts"],
        testTimeout: 15_000,
        // One live server: keep the files in sequence so their requests don't compete.
        fileParallelism: false,
    },
});
