import { describe, expect, it } from "vitest";
import { INVALID_CURSOR, liveClient, NOT_FOUND, problemOf, VALIDATION_FAILED } from "./toolbox";

const loop = liveClient();

describe("Problems the methods toolbox answers with", () => {
    it("gets a typed problem for an unknown method", async () => {
        const methodId = "00000000-0000-4000-8000-000000000000";
        const { data, error, response } = await loop.GET("/api/v1/methods/{methodId}", {
            params: { path: { methodId } },
        });

        expect(data).toBeUndefined();
        expect(response.status).toBe(404);
        const problem = problemOf(response, error);
        expect(problem.type).toBe(NOT_FOUND);
        expect(problem.status).toBe(404);
        expect(problem.title).toBeTruthy();
        expect(problem.correlationId).toBe(response.headers.get("x-correlation-id"));
        expect(JSON.stringify(problem)).not.toMatch(/Exception|java\.|org\./);
    });

    it("quotes the frontend's own correlation id in the problem", async () => {
        const correlationId = "frontend-contract.42";
        const { error, response } = await loop.GET("/api/v1/methods/{methodId}", {
            params: { path: { methodId: "00000000-0000-4000-8000-000000000001" } },
            headers: { "X-Correlation-Id": correlationId },
        });

        expect(response.headers.get("x-correlation-id")).toBe(correlationId);
        expect(problemOf(response, error).correlationId).toBe(correlationId);
    });

    it("gets the offending parameter named for a bad limit", async () => {
        const { data, error, response } = await loop.GET("/api/v1/methods", {
            params: { query: { limit: 101 } },
        });

        expect(data).toBeUndefined();
        expect(response.status).toBe(400);
        const problem = problemOf(response, error);
        expect(problem.type).toBe(VALIDATION_FAILED);
        expect(problem.status).toBe(400);
        expect(problem.violations?.[0]).toMatchObject({ field: "limit", in: "QUERY" });
        expect(problem.violations?.[0]?.message).toBeTruthy();
    });

    it("gets the path parameter named for an identifier that is not a UUID", async () => {
        const { error, response } = await loop.GET("/api/v1/methods/{methodId}", {
            params: { path: { methodId: "not-a-uuid" } },
        });

        expect(response.status).toBe(400);
        expect(problemOf(response, error).violations).toEqual(
            expect.arrayContaining([expect.objectContaining({ field: "methodId", in: "PATH" })]),
        );
    });

    it("gets a problem, not a wrong page, for a cursor replayed with other filters", async () => {
        const first = await loop.GET("/api/v1/methods", { params: { query: { limit: 1, level: "SCHOOL" } } });
        const cursor = first.data?.next;
        expect(cursor, "two seeded SCHOOL methods give a second page").toBeTruthy();

        const { error, response } = await loop.GET("/api/v1/methods", {
            params: { query: { limit: 1, level: "TEACHER", cursor: cursor ?? "" } },
        });

        expect(response.status).toBe(400);
        const problem = problemOf(response, error);
        expect(problem.type).toBe(INVALID_CURSOR);
        expect(problem.violations?.[0]).toMatchObject({ field: "cursor", in: "QUERY" });
    });

});
