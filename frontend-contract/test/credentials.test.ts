import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signUp, type Person } from "./people";
import { NOT_FOUND, problemOf, RULE_VIOLATED } from "./toolbox";

describe("The credential of a completed enrollment, as a frontend sees it", () => {
    let learner: Person;
    let stranger: Person;
    let enrollmentId: string;
    let etag: string;

    beforeAll(async () => {
        const [author, ...others] = await Promise.all([signUp("Author"), signUp("Learner"), signUp("Stranger")]);
        [learner, stranger] = others;
        const coalition = await author.loop.POST("/api/v1/coalitions", {
            body: { name: `Credential network ${randomUUID()}`, admission: "OPEN" },
        });
        const created = await author.loop.POST("/api/v1/learning-paths", {
            body: {
                title: "One step to a badge",
                summary: "A path of one activity.",
                languages: ["en"],
                visibility: "EVERYONE",
                coalitionId: coalition.data?.id ?? "",
                steps: [{ key: "welcome", kind: "ACTIVITY", title: "Meet your mentor", required: true }],
            },
        });
        const pathId = created.data?.id ?? "";
        await author.loop.POST("/api/v1/learning-paths/{pathId}/publication", {
            params: { path: { pathId }, header: { "If-Match": created.response.headers.get("etag") ?? "" } },
        });
        const enrolled = await learner.loop.POST("/api/v1/me/enrollments", { body: { learningPathId: pathId } });
        expect(enrolled.response.status).toBe(201);
        enrollmentId = enrolled.data?.id ?? "";
        etag = enrolled.response.headers.get("etag") ?? "";
    });

    it("a running enrollment has no credential yet, and the problem says why", async () => {
        const { response, error } = await learner.loop.GET("/api/v1/enrollments/{enrollmentId}/credential", {
            params: { path: { enrollmentId } },
        });

        expect(response.status).toBe(422);
        expect(problemOf(response, error).type).toBe(RULE_VIOLATED);
    });

    it("once completed, the learner gets the signed JWT and the credential it carries", async () => {
        const done = await learner.loop.PUT("/api/v1/enrollments/{enrollmentId}/steps/{stepKey}", {
            params: { path: { enrollmentId, stepKey: "welcome" }, header: { "If-Match": etag } },
            body: { status: "DONE" },
        });
        expect(done.data?.status).toBe("COMPLETED");

        const { data } = await learner.loop.GET("/api/v1/enrollments/{enrollmentId}/credential", {
            params: { path: { enrollmentId } },
        });
        // The operation also answers application/vc+jwt (a string); the default is the JSON object.
        if (typeof data !== "object") throw new Error(`expected the JSON answer, got ${typeof data}`);
        expect(data?.credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
        expect(data?.credential.id).toBe(`urn:uuid:${enrollmentId}`);
        expect(data?.credential.credentialSubject.id).toBe(`urn:uuid:${learner.id}`);
        expect(data?.credential.credentialSubject.achievement.name).toBe("One step to a badge");
        const payload = JSON.parse(Buffer.from(data?.jwt.split(".")[1] ?? "", "base64url").toString());
        expect(payload.vc).toEqual(data?.credential);

        const bare = await learner.loop.GET("/api/v1/enrollments/{enrollmentId}/credential", {
            params: { path: { enrollmentId } },
            headers: { Accept: "application/vc+jwt" },
            parseAs: "text",
        });
        expect(bare.response.headers.get("content-type")).toMatch(/^application\/vc\+jwt/);
        expect(bare.data).toBe(data?.jwt);
    });

    it("a stranger does not find it", async () => {
        const { response, error } = await stranger.loop.GET("/api/v1/enrollments/{enrollmentId}/credential", {
            params: { path: { enrollmentId } },
        });

        expect(response.status).toBe(404);
        expect(problemOf(response, error).type).toBe(NOT_FOUND);
    });
});
