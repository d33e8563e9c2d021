/**
 * Vitest global setup: starts the packaged API once for the whole run and hands its base URL to
 * the tests (`inject("baseUrl")`).
 *
 * - The API keeps this run's data in a fresh temporary directory, deleted afterwards: its
 *   embedded PostgreSQL (without QUARKUS_DATASOURCE_JDBC_URL) and its signing keys. With an
 *   external database (the external lane of CI) the database settings pass through unchanged.
 * - LOOP_API_BASE_URL points the tests at a server that is already running instead.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
    export interface ProvidedContext {
        baseUrl: string;
    }
}

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repositoryRoot = resolve(moduleDir, "..");
const jar = join(repositoryRoot, "api", "target", "quarkus-app", "quarkus-run.jar");
const serverLog = join(moduleDir, "target", "api-server.log");

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
    const external = process.env["LOOP_API_BASE_URL"];
    if (external) {
        project.provide("baseUrl", external.replace(/\/+$/, ""));
        return async () => {};
    }

    if (!existsSync(jar)) {
        throw new Error(
            `The packaged API is missing: ${jar}\n` +
                "Build it first: run `./mvnw verify` from the repository root " +
                "(or `./mvnw package -pl api -am -DskipTests`).",
        );
    }

    const env: NodeJS.ProcessEnv = { ...process.env };
    // The embedded database (when no external one is configured) and this run's signing keys.
    const dataDirectory: string | undefined = await mkdtemp(join(tmpdir(), "loop-frontend-contract-"));
    env["LOOP_EMBEDDED_DATA_DIR"] = dataDirectory;
    if (process.env["QUARKUS_DATASOURCE_JDBC_URL"]) {
        env["LOOP_JWT_GENERATE_KEYS"] = "true";
    }

    const port = await freePort();
    // A port of its own for the management interface: with 0 for both, Quarkus 3.34's Micrometer
    // binder registers the second server's meters without their port tag, Prometheus refuses them,
    // and the start never completes (nor, then, does a shutdown).
    const managementPort = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    mkdirSync(dirname(serverLog), { recursive: true });
    const log = createWriteStream(serverLog);
    let output: string[] | undefined = []; // kept until the API is ready, to show why it was not

    const server = spawn(javaExecutable(), [`-Dquarkus.http.port=${port}`, `-Dquarkus.management.port=${managementPort}`, "-jar", jar], {
        cwd: repositoryRoot,
        env,
        stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [server.stdout, server.stderr]) {
        stream?.on("data", (chunk: Buffer) => {
            output?.push(chunk.toString());
            log.write(chunk);
        });
    }
    const exited = new Promise<number | string | null>((done) => {
        server.once("exit", (code, signal) => done(signal ?? code));
        server.once("error", (error) => done(error.message));
    });
    const releaseOnInterrupt = stopOnInterrupt(server, dataDirectory);

    const stop = async () => {
        releaseOnInterrupt();
        await stopServer(server, exited);
        log.end();
        if (dataDirectory) {
            await rm(dataDirectory, { recursive: true, force: true });
        }
    };

    const started = Date.now();
    try {
        await waitUntilReady(baseUrl, exited);
    } catch (error) {
        await stop();
        console.error(`--- API server output (${serverLog}) ---\n${output.join("")}--- end of API server output ---`);
        throw error;
    }
    output = undefined;
    console.log(`API ready at ${baseUrl} in ${Date.now() - started} ms (log: ${serverLog})`);

    project.provide("baseUrl", baseUrl);
    return stop;
}

/** The JDK Maven runs with (set by the pom), else JAVA_HOME, else the `java` on the PATH. */
function javaExecutable(): string {
    const fromMaven = process.env["LOOP_API_JAVA"];
    if (fromMaven && existsSync(fromMaven)) {
        return fromMaven;
    }
    const javaHome = process.env["JAVA_HOME"];
    if (javaHome) {
        const java = join(javaHome, "bin", process.platform === "win32" ? "java.exe" : "java");
        if (existsSync(java)) {
            return java;
        }
    }
    return "java";
}

function freePort(): Promise<number> {
    return new Promise((resolvePort, reject) => {
        const probe = createServer();
        probe.unref();
        probe.once("error", reject);
        probe.listen(0, () => {
            const address = probe.address();
            if (address === null || typeof address === "string") {
                probe.close();
                reject(new Error(`Unexpected server address: ${String(address)}`));
                return;
            }
            probe.close(() => resolvePort(address.port));
        });
    });
}

async function waitUntilReady(baseUrl: string, exited: Promise<number | string | null>): Promise<void> {
    let exit: number | string | null | undefined;
    void exited.then((value) => (exit = value ?? "unknown"));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let last = "no answer yet";
    while (Date.now() < deadline) {
        if (exit !== undefined) {
            throw new Error(
                `The API exited before it was ready (exit: ${exit}); its output is above. ` +
                    "Note that it needs Java 21 or later: set JAVA_HOME, or run the tests through Maven.",
            );
        }
        try {
            const response = await fetch(`${baseUrl}/q/health/ready`, { signal: AbortSignal.timeout(2_000) });
            if (response.status === 200) {
                return;
            }
            last = `HTTP ${response.status}`;
        } catch (error) {
            last = error instanceof Error ? error.message : String(error);
        }
        await new Promise((wait) => setTimeout(wait, 250));
    }
    throw new Error(`The API was not ready within ${READY_TIMEOUT_MS / 1000} s (last answer: ${last}).`);
}

/**
 * If the run ends without the teardown (Ctrl-C, a cancelled CI job, a crash), still stop the API
 * and remove its data directory. Vitest answers SIGINT and SIGTERM with process.exit() from its
 * own listeners, so these go first. Returns the function that removes them again.
 */
function stopOnInterrupt(server: ChildProcess, dataDirectory: string | undefined): () => void {
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    let done = false;
    const abandon = () => {
        if (done || server.pid === undefined || server.exitCode !== null || server.signalCode !== null) {
            return;
        }
        done = true;
        // SIGTERM, not SIGKILL: the API's shutdown stops its embedded PostgreSQL too.
        server.kill("SIGTERM");
        if (dataDirectory) {
            // Nobody here can wait for that any more: a detached helper removes the data directory
            // once the API is gone.
            spawn(process.execPath, ["-e", REMOVE_WHEN_GONE, String(server.pid), dataDirectory], {
                detached: true,
                stdio: "ignore",
            }).unref();
        }
    };
    const onSignal = (signal: NodeJS.Signals) => {
        abandon();
        if (process.listenerCount(signal) === 0) {
            process.kill(process.pid, signal); // nobody else handles it: the default, terminate
        }
    };
    for (const signal of signals) {
        process.prependOnceListener(signal, onSignal);
    }
    process.prependOnceListener("exit", abandon);
    return () => {
        for (const signal of signals) {
            process.off(signal, onSignal);
        }
        process.off("exit", abandon);
    };
}

const REMOVE_WHEN_GONE = `
const [pid, directory] = process.argv.slice(1);
const deadline = Date.now() + ${STOP_TIMEOUT_MS};
const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
const poll = () => {
    if (alive() && Date.now() < deadline) return setTimeout(poll, 250);
    if (alive()) { try { process.kill(Number(pid), "SIGKILL"); } catch {} }
    setTimeout(() => require("node:fs").rmSync(directory, { recursive: true, force: true }), 1000);
};
poll();
`;

/**
 * SIGTERM lets Quarkus shut down and the embedded PostgreSQL stop after it; SIGKILL only if that
 * hangs, and then the run fails. (An orphaned PostgreSQL stops by itself once its data directory, deleted next, is gone.)
 */
async function stopServer(server: ChildProcess, exited: Promise<unknown>): Promise<void> {
    if (server.exitCode !== null || server.signalCode !== null) {
        return;
    }
    server.kill("SIGTERM");
    const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((done) => setTimeout(() => done(false), STOP_TIMEOUT_MS).unref()),
    ]);
    if (!stopped) {
        server.kill("SIGKILL");
        await exited;
        // A stop that hangs is a fault of the service (the README promises a bounded shutdown).
        throw new Error(`The API did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; it was killed.`);
    }
}
