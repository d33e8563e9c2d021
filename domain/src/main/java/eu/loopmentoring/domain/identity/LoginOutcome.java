package eu.loopmentoring.domain.identity;

import java.time.Duration;

/**
 * How a login attempt ended. An outcome rather than an exception: a refused attempt still counts
 * (and is audited), so its effects must be kept.
 */
public sealed interface LoginOutcome {

    record Authenticated(Person person) implements LoginOutcome {}

    /** Unknown email or wrong password: deliberately indistinguishable. */
    record Rejected() implements LoginOutcome {}

    record Throttled(Duration retryAfter) implements LoginOutcome {}
}
