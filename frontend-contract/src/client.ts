/**
 * The LOOP Mentoring API client for frontends: openapi-fetch typed with the paths that
 * openapi-typescript generates from the committed contract (openapi/src/main/openapi/loop-v1.yaml).
 *
 * Copy this file together with the generated schema.d.ts (run `npm run generate`); it needs
 * only `openapi-fetch` at runtime.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, operations, paths } from "./generated/schema";

export type { components, operations, paths };

type Schemas = components["schemas"];

export type Method = Schemas["Method"];
export type MethodPage = Schemas["MethodPage"];
export type MethodKind = Schemas["MethodKind"];
export type MethodLevel = Schemas["MethodLevel"];
export type SchoolDimension = Schemas["SchoolDimension"];
export type ProcessStep = Schemas["ProcessStep"];
export type TargetGroup = Schemas["TargetGroup"];
export type TypicalDuration = Schemas["TypicalDuration"];
/** Every error of the API is an RFC 9457 problem (`application/problem+json`). */
export type Problem = Schemas["Problem"];
export type Violation = Schemas["Violation"];

export type LoopClient = Client<paths>;

/**
 * A client for the API served at `baseUrl` (scheme, host and port, without the `/api/v1` prefix,
 * which is part of every typed path).
 *
 * @example
 * const loop = createLoopClient("https://api.example.org");
 * const { data, error } = await loop.GET("/api/v1/methods/{methodId}", {
 *   params: { path: { methodId } },
 * });
 */
export function createLoopClient(baseUrl: string, options: Omit<ClientOptions, "baseUrl"> = {}): LoopClient {
    return createClient<paths>({ ...options, baseUrl });
}
