import { expect, inject } from "vitest";
import { createLoopClient, type LoopClient, type Method, type Problem } from "../src/client";

/** A client for the live API that the global setup started. */
export function liveClient(): LoopClient {
    return createLoopClient(inject("baseUrl"));
}

/**
 * Methods the API always seeds. With an external database other methods may exist as well, so
 * tests look for these among the results and never count them.
 */
export const seeded = {
    futureSchool: { id: "9d306c30-31ae-4c6e-842c-ee4403d03071", name: "Future School", level: "SCHOOL" },
    digipeda: { id: "a8754f7c-8f67-4e4a-83b8-d8b6c2778ebd", name: "Digipeda", level: "SCHOOL", kind: "WORKSHOP_FORMAT" },
    tisl: {
        id: "ab408a5e-f986-4b80-b21d-121beb082d70",
        name: "Teacher Inquiry into Student Learning (TISL)",
        level: "TEACHER",
    },
} as const satisfies Record<string, Partial<Method>>;

export const PROBLEM_JSON = "application/problem+json";
export const NOT_FOUND = "https://loopmentoring.eu/problems/not-found";
export const VALIDATION_FAILED = "https://loopmentoring.eu/problems/validation-failed";
export const INVALID_CURSOR = "https://loopmentoring.eu/problems/invalid-cursor";
export const RULE_VIOLATED = "https://loopmentoring.eu/problems/rule-violated";

/** Narrows the client's `error` to a problem, after checking the media type it came with. */
export function problemOf(response: Response, error: Problem | undefined): Problem {
    expect(response.headers.get("content-type")).toMatch(new RegExp(`^${PROBLEM_JSON.replace("+", "\\+")}`));
    if (error === undefined) throw new Error(`expected a problem, got HTTP ${response.status} without one`);
    return error;
}
