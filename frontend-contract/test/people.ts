import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createLoopClient, type LoopClient } from "../src/client";
import { liveClient } from "./toolbox";

/** Someone with an account, and a client that calls the API as them. */
export interface Person {
    id: string;
    displayName: string;
    loop: LoopClient;
}

/**
 * Registers a new account (`POST /api/v1/accounts`, public) and logs in with the password grant,
 * as a frontend's sign-up form would; the person's client sends the access token on every call.
 */
export async function signUp(displayName: string): Promise<Person> {
    const anonymous = liveClient();
    const email = `frontend-contract.${randomUUID()}@example.org`;
    const password = `correct horse ${randomUUID()}`;

    const registered = await anonymous.POST("/api/v1/accounts", {
        body: { email, password, displayName, country: "PT", preferredLanguage: "pt" },
    });
    if (!registered.data) throw new Error(`registering ${displayName}: HTTP ${registered.response.status}`);

    const token = await anonymous.POST("/api/v1/auth/token", {
        body: { grant_type: "password", username: email, password },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    if (!token.data) throw new Error(`logging in ${displayName}: HTTP ${token.response.status}`);

    const loop = createLoopClient(inject("baseUrl"), {
        headers: { Authorization: `Bearer ${token.data.access_token}` },
    });
    return { id: registered.data.id, displayName, loop };
}
