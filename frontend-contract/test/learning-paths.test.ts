import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { components } from "../src/client";
import { firstMonth } from "./paths";
import { signUp, type Person } from "./people";
import { NOT_FOUND, problemOf, RULE_VIOLATED } from "./toolbox";

type Enrollment = components["schemas"]["Enrollment"];

describe("Learning paths and enrollments, as a frontend sees them", () => {
    let author: Person;
    let learner: Person;
    let stranger: Person;
    let coalitionId: string;
    let pathId: string;
    let enrollment: Enrollment;

    beforeAll(async () => {
        [author, learner, stranger] = await Promise.all([signUp("Author"), signUp("Learner"), signUp("Stranger")]);
    });

    it("a coordinator drafts a path for their coalition, replaces it with If-Match and publishes it", async () => {
        const coalition = await author.loop.POST("/api/v1/coalitions", {
            body: { name: `Induction network ${randomUUID()}`, admission: "OPEN" },
        });
        expect(coalition.response.status).toBe(201);
        coalitionId = coalition.data?.id ?? "";

        const created = await author.loop.POST("/api/v1/learning-paths", {
            body: { ...firstMonth(coalitionId, "The first month"), steps: [] },
        });
        expect(created.response.status).toBe(201);
        expect(created.data).toMatchObject({ status: "DRAFT", coalitionId, steps: [] });
        pathId = created.data?.id ?? "";

        const replaced = await author.loop.PUT("/api/v1/learning-paths/{pathId}", {
            params: { path: { pathId }, header: { "If-Match": created.response.headers.get("etag") ?? "" } },
            body: firstMonth(coalitionId, "The first month at school"),
        });
        expect(replaced.error).toBeUndefined();
        expect(replaced.data?.title).toBe("The first month at school");
        expect(replaced.data?.steps.map((step) => step.key)).toEqual(["welcome", "reflect"]);

        const published = await author.loop.POST("/api/v1/learning-paths/{pathId}/publication", {
            params: { path: { pathId }, header: { "If-Match": replaced.response.headers.get("etag") ?? "" } },
        });
        expect(published.error).toBeUndefined();
        expect(published.data).toMatchObject({ id: pathId, status: "PUBLISHED", versionNumber: 1 });
    });

    it("a learner enrols, is told why a locked step cannot start, and completes the path", async () => {
        const found = await learner.loop.GET("/api/v1/learning-paths", {
            params: { query: { coalitionId } },
        });
        expect(found.data?.items.map((path) => path.id)).toEqual([pathId]);

        const enrolled = await learner.loop.POST("/api/v1/me/enrollments", { body: { learningPathId: pathId } });
        expect(enrolled.response.status).toBe(201);
        expect(enrolled.data?.status).toBe("ACTIVE");
        expect(enrolled.data?.steps.map(({ step, status, locked }) => [step.key, status, locked])).toEqual([
            ["welcome", "NOT_STARTED", false],
            ["reflect", "NOT_STARTED", true],
        ]);
        let etag = enrolled.response.headers.get("etag") ?? "";
        const enrollmentId = enrolled.data?.id ?? "";
        const step = (stepKey: string) => ({ path: { enrollmentId, stepKey }, header: { "If-Match": etag } });

        const tooEarly = await learner.loop.PUT("/api/v1/enrollments/{enrollmentId}/steps/{stepKey}", {
            params: step("reflect"),
            body: { status: "DONE", reflection: "Everything." },
        });
        expect(tooEarly.response.status).toBe(422);
        const problem = problemOf(tooEarly.response, tooEarly.error);
        expect(problem.type).toBe(RULE_VIOLATED);
        expect(problem.detail).toContain("waits for welcome");

        const welcomed = await learner.loop.PUT("/api/v1/enrollments/{enrollmentId}/steps/{stepKey}", {
            params: step("welcome"),
            body: { status: "DONE" },
        });
        expect(welcomed.error).toBeUndefined();
        expect(welcomed.data?.steps[1]?.locked).toBe(false);
        expect(welcomed.data?.progress).toMatchObject({ requiredDone: 1, requiredTotal: 2 });
        etag = welcomed.response.headers.get("etag") ?? "";

        const reflected = await learner.loop.PUT("/api/v1/enrollments/{enrollmentId}/steps/{stepKey}", {
            params: step("reflect"),
            body: { status: "DONE", reflection: "How much the pupils already knew." },
        });
        expect(reflected.error).toBeUndefined();
        expect(reflected.data?.status).toBe("COMPLETED");
        expect(reflected.data?.completedAt).toBeTruthy();
        enrollment = reflected.data ?? enrollment;
    });

    it("a stranger does not find the learner's enrollment", async () => {
        const { data, error, response } = await stranger.loop.GET("/api/v1/enrollments/{enrollmentId}", {
            params: { path: { enrollmentId: enrollment.id } },
        });

        expect(data).toBeUndefined();
        expect(response.status).toBe(404);
        expect(problemOf(response, error).type).toBe(NOT_FOUND);
        const own = await learner.loop.GET("/api/v1/enrollments/{enrollmentId}", {
            params: { path: { enrollmentId: enrollment.id } },
        });
        expect(own.data?.status).toBe("COMPLETED");
    });

    it("the author starts version 2 based on version 1; the learner keeps the version they enrolled in", async () => {
        const draft = await author.loop.POST("/api/v1/learning-paths/{pathId}/drafts", {
            params: { path: { pathId } },
        });
        expect(draft.response.status).toBe(201);
        expect(draft.data).toMatchObject({ status: "DRAFT", basedOn: pathId });
        const original = await author.loop.GET("/api/v1/learning-paths/{pathId}", { params: { path: { pathId } } });
        expect(draft.data?.lineageId).toBe(original.data?.lineageId);

        const published = await author.loop.POST("/api/v1/learning-paths/{pathId}/publication", {
            params: {
                path: { pathId: draft.data?.id ?? "" },
                header: { "If-Match": draft.response.headers.get("etag") ?? "" },
            },
        });
        expect(published.data).toMatchObject({ status: "PUBLISHED", versionNumber: 2 });

        const own = await learner.loop.GET("/api/v1/enrollments/{enrollmentId}", {
            params: { path: { enrollmentId: enrollment.id } },
        });
        expect(own.data?.learningPathId).toBe(pathId);
    });

    it("a learner leaves an active path, cannot leave it twice, and enrols again", async () => {
        const enrolled = await stranger.loop.POST("/api/v1/me/enrollments", { body: { learningPathId: pathId } });
        expect(enrolled.response.status).toBe(201);
        const enrollmentId = enrolled.data?.id ?? "";

        const left = await stranger.loop.POST("/api/v1/enrollments/{enrollmentId}/withdrawal", {
            params: { path: { enrollmentId }, header: { "If-Match": enrolled.response.headers.get("etag") ?? "" } },
        });
        expect(left.error).toBeUndefined();
        expect(left.data?.status).toBe("LEFT");

        const again = await stranger.loop.POST("/api/v1/enrollments/{enrollmentId}/withdrawal", {
            params: { path: { enrollmentId }, header: { "If-Match": left.response.headers.get("etag") ?? "" } },
        });
        expect(again.response.status).toBe(422);
        expect(problemOf(again.response, again.error).type).toBe(RULE_VIOLATED);

        const back = await stranger.loop.POST("/api/v1/me/enrollments", { body: { learningPathId: pathId } });
        expect(back.response.status).toBe(201);
        expect(back.data?.status).toBe("ACTIVE");
    });

    it("a personal suggestion first asks for the questionnaire, and says where to submit it", async () => {
        const newcomer = await signUp("Newcomer");

        const { data, error, response } = await newcomer.loop.GET("/api/v1/me/learning-path-suggestion");

        expect(data).toBeUndefined();
        expect(response.status).toBe(422);
        const problem = problemOf(response, error);
        expect(problem.type).toBe(RULE_VIOLATED);
        expect(problem.detail).toContain("POST /api/v1/me/questionnaire-responses");
    });
});
