package eu.loopmentoring.domain.partner;

import java.time.Duration;

/** How a client's authentication at the token endpoint ended. */
public sealed interface ClientLoginOutcome {

    /** The client, and the scopes its token carries. */
    record Authenticated(ApiClient client, java.util.Set<eu.loopmentoring.domain.shared.Scope> scopes)
            implements ClientLoginOutcome {}

    /** The client asked for a scope it was not granted, or that does not exist. */
    record ScopeRefused(String scope) implements ClientLoginOutcome {}

    /** Unknown client, wrong or expired secret, or a disabled client: indistinguishable. */
    record Rejected() implements ClientLoginOutcome {}

    record Throttled(Duration retryAfter) implements ClientLoginOutcome {}
}
