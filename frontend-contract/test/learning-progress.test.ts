import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { firstMonth } from "./paths";
import { signUp, type Person } from "./people";
import { NOT_FOUND, problemOf } from "./toolbox";

/** Mentor and mentee in a running relationship, made the way people make it. */
async function mentoring(mentor: Person, mentee: Person): Promise<void> {
    const offer = await mentor.loop.POST("/api/v1/mentor-offers", {
        params: { header: { "Idempotency-Key": `offer-${randomUUID()}` } },
        body: {
            capacity: 2,
            expertise: {
                profileDimensions: ["PEDAGOGICAL_CONCEPTIONS"],
                subjects: ["mathematics"],
                schoolLevels: ["ISCED_2"],
                schoolDimensions: ["PEDAGOGICAL_PRACTICES"],
            },
            languages: ["pt", "en"],
            formats: ["ONE_TO_ONE"],
            modes: ["ONLINE"],
        },
    });
    expect(offer.response.status).toBe(201);
    const request = await mentee.loop.POST("/api/v1/mentoring-requests", {
        body: { goals: "Keep a class of 28 working without shouting.", languages: ["pt"] },
    });
    expect(request.response.status).toBe(201);
    const proposal = await mentee.loop.POST("/api/v1/mentoring-proposals", {
        body: { requestId: request.data?.id ?? "", offerId: offer.data?.id ?? "" },
    });
    expect(proposal.response.status).toBe(201);
    const accepted = await mentor.loop.POST("/api/v1/mentoring-proposals/{proposalId}/responses", {
        params: { path: { proposalId: proposal.data?.id ?? "" } },
        body: { answer: "ACCEPT" },
    });
    expect(accepted.error).toBeUndefined();
}

describe("A mentee's learning progress, as their mentor's frontend sees it", () => {
    let author: Person;
    let mentee: Person;
    let mentor: Person;
    let stranger: Person;
    let enrollmentId: string;

    beforeAll(async () => {
        [author, mentee, mentor, stranger] = await Promise.all([
            signUp("Author"),
            signUp("Mentee"),
            signUp("Mentor"),
            signUp("Stranger"),
        ]);
        const coalition = await author.loop.POST("/api/v1/coalitions", {
            body: { name: `Induction network ${randomUUID()}`, admission: "OPEN" },
        });
        const created = await author.loop.POST("/api/v1/learning-paths", {
            body: firstMonth(coalition.data?.id ?? "", "The first month"),
        });
        const pathId = created.data?.id ?? "";
        const published = await author.loop.POST("/api/v1/learning-paths/{pathId}/publication", {
            params: { path: { pathId }, header: { "If-Match": created.response.headers.get("etag") ?? "" } },
        });
        expect(published.data?.status).toBe("PUBLISHED");

        const enrolled = await mentee.loop.POST("/api/v1/me/enrollments", { body: { learningPathId: pathId } });
        enrollmentId = enrolled.data?.id ?? "";
        const welcomed = await mentee.loop.PUT("/api/v1/enrollments/{enrollmentId}/steps/{stepKey}", {
            params: {
                path: { enrollmentId, stepKey: "welcome" },
                header: { "If-Match": enrolled.response.headers.get("etag") ?? "" },
            },
            body: { status: "DONE", evidence: { text: "We met on Monday." } },
        });
        const reflecting = await mentee.loop.PUT("/api/v1/enrollments/{enrollmentId}/steps/{stepKey}", {
            params: {
                path: { enrollmentId, stepKey: "reflect" },
                header: { "If-Match": welcomed.response.headers.get("etag") ?? "" },
            },
            body: { status: "IN_PROGRESS", reflection: "How much the pupils already knew." },
        });
        expect(reflecting.error).toBeUndefined();
        await mentoring(mentor, mentee);
    });

    it("the mentor reads the mentee's progress: statuses and dates, no reflections or evidence", async () => {
        const { data, error } = await mentor.loop.GET("/api/v1/people/{personId}/enrollments", {
            params: { path: { personId: mentee.id } },
        });

        expect(error).toBeUndefined();
        expect(data?.items).toHaveLength(1);
        const progress = data?.items[0];
        expect(progress).toMatchObject({ id: enrollmentId, title: "The first month", status: "ACTIVE" });
        expect(progress?.steps.map(({ key, status, locked }) => [key, status, locked])).toEqual([
            ["welcome", "DONE", false],
            ["reflect", "IN_PROGRESS", false],
        ]);
        expect(progress?.progress).toMatchObject({ requiredDone: 1, requiredTotal: 2 });
        expect(JSON.stringify(data)).not.toContain("We met on Monday.");
        expect(JSON.stringify(data)).not.toContain("How much the pupils already knew.");
    });

    it("a stranger does not find the mentee at all", async () => {
        const { data, error, response } = await stranger.loop.GET("/api/v1/people/{personId}/enrollments", {
            params: { path: { personId: mentee.id } },
        });

        expect(data).toBeUndefined();
        expect(response.status).toBe(404);
        expect(problemOf(response, error).type).toBe(NOT_FOUND);
    });

    it("once the mentee keeps their progress private, the mentor no longer finds it", async () => {
        const mine = await mentee.loop.GET("/api/v1/me/profile");
        expect(mine.data?.visibility.learningProgress).toBe("MENTORING_PARTNERS");
        const changed = await mentee.loop.PATCH("/api/v1/me/profile", {
            params: { header: { "If-Match": mine.response.headers.get("etag") ?? "" } },
            body: { visibility: { learningProgress: "PRIVATE" } },
        });
        expect(changed.data?.visibility.learningProgress).toBe("PRIVATE");

        const hidden = await mentor.loop.GET("/api/v1/people/{personId}/enrollments", {
            params: { path: { personId: mentee.id } },
        });
        expect(hidden.response.status).toBe(404);
    });
});
