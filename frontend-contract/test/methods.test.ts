import { describe, expect, it } from "vitest";
import type { Method, MethodLevel, SchoolDimension } from "../src/client";
import { liveClient, seeded } from "./toolbox";

const loop = liveClient();

/** Follows `next` from the first page to the last, as a frontend's "load more" would. */
async function everyPage(query: { limit: number; level?: MethodLevel; dimension?: SchoolDimension }) {
    const pages: Method[][] = [];
    let cursor: string | undefined;
    do {
        const { data, error, response } = await loop.GET("/api/v1/methods", {
            params: { query: cursor === undefined ? query : { ...query, cursor } },
        });
        expect(error, `page ${pages.length + 1} failed with HTTP ${response.status}`).toBeUndefined();
        if (!data) throw new Error("a page without a body");
        pages.push(data.items);
        cursor = data.next;
        expect(pages.length, "the toolbox never reached a last page").toBeLessThan(500);
    } while (cursor !== undefined);
    return pages;
}

describe("The methods toolbox, as a frontend sees it", () => {
    it("a frontend lists the first page of the toolbox", async () => {
        const { data, error, response } = await loop.GET("/api/v1/methods");

        expect(error).toBeUndefined();
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("x-correlation-id")).toBeTruthy();
        const names = data?.items.map((method) => method.name);
        expect(names).toEqual(expect.arrayContaining([seeded.futureSchool.name, seeded.digipeda.name, seeded.tisl.name]));
    });

    it("a frontend pages through the toolbox with the next cursor", async () => {
        const pages = await everyPage({ limit: 2 });

        expect(pages.length).toBeGreaterThanOrEqual(2);
        for (const page of pages) {
            expect(page.length).toBeLessThanOrEqual(2);
        }
        expect(pages.at(-1)?.length, "a next cursor that led to an empty page").toBeGreaterThan(0);
        const ids = pages.flat().map((method) => method.id);
        expect(new Set(ids).size, "a method appeared on two pages").toBe(ids.length);
        expect(ids).toEqual(expect.arrayContaining([seeded.futureSchool.id, seeded.digipeda.id, seeded.tisl.id]));

        // Ordered by name across the pages.
        const byName: string[] = [seeded.digipeda.id, seeded.futureSchool.id, seeded.tisl.id];
        expect(ids.filter((id) => byName.includes(id))).toEqual(byName);
    });

    it("a frontend filters the toolbox by level, and the cursor keeps the filter", async () => {
        const pages = await everyPage({ limit: 1, level: "SCHOOL" });

        expect(pages.every((page) => page.length === 1), "a next cursor that led to an empty page").toBe(true);
        const methods = pages.flat();
        expect(methods.every((method) => method.level === "SCHOOL")).toBe(true);
        const ids = methods.map((method) => method.id);
        expect(ids).toEqual(expect.arrayContaining([seeded.futureSchool.id, seeded.digipeda.id]));
        expect(ids).not.toContain(seeded.tisl.id);
    });

    it("a frontend filters the toolbox by the school dimension a method develops", async () => {
        const methods = (await everyPage({ limit: 100, dimension: "DIGITAL_INFRASTRUCTURE" })).flat();

        expect(methods.every((method) => method.dimensions.includes("DIGITAL_INFRASTRUCTURE"))).toBe(true);
        expect(methods.map((method) => method.id)).toContain(seeded.digipeda.id);
    });

    it("reads one method and revalidates it with its ETag", async () => {
        const methodId = seeded.digipeda.id;
        const first = await loop.GET("/api/v1/methods/{methodId}", { params: { path: { methodId } } });

        expect(first.error).toBeUndefined();
        expect(first.response.status).toBe(200);
        const method = first.data;
        expect(method).toMatchObject({ id: methodId, name: seeded.digipeda.name, level: "SCHOOL", kind: "WORKSHOP_FORMAT" });
        expect(method?.summary).toBeTruthy();
        expect(method?.description).toBeTruthy();
        expect(method?.typicalDuration.minimumWeeks).toBeLessThanOrEqual(method?.typicalDuration.maximumWeeks ?? -1);
        const etag = first.response.headers.get("etag");
        expect(etag).toBeTruthy();

        const again = await loop.GET("/api/v1/methods/{methodId}", {
            params: { path: { methodId }, header: { "If-None-Match": etag ?? "" } },
        });

        expect(again.response.status).toBe(304);
        expect(again.data).toBeUndefined();
        expect(again.response.headers.get("etag")).toBe(etag);
    });

    it("a stale ETag gets the method again, not a 304", async () => {
        const methodId = seeded.futureSchool.id;
        const { data, response } = await loop.GET("/api/v1/methods/{methodId}", {
            params: { path: { methodId }, header: { "If-None-Match": '"an-etag-from-long-ago"' } },
        });

        expect(response.status).toBe(200);
        expect(data).toMatchObject({ id: methodId, name: seeded.futureSchool.name, level: "SCHOOL" });
    });

    it("reads a teacher-level method", async () => {
        const methodId = seeded.tisl.id;
        const { data, error } = await loop.GET("/api/v1/methods/{methodId}", { params: { path: { methodId } } });

        expect(error).toBeUndefined();
        expect(data).toMatchObject({ id: methodId, name: seeded.tisl.name, level: "TEACHER" });
    });
});
