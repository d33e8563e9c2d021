package eu.loopmentoring.domain.identity;

import java.util.UUID;

/** How presenting a refresh token ended; refusals keep their effects (a reuse revokes the family). */
public sealed interface RefreshOutcome {

    record Rotated(UUID personId, IssuedRefreshToken next) implements RefreshOutcome {}

    record Refused(String reason) implements RefreshOutcome {}

    /** A spent token came back: someone holds a copy, so the whole family was revoked. */
    record ReuseDetected(UUID personId) implements RefreshOutcome {}
}
