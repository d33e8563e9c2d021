package eu.loopmentoring.domain.identity;

import java.time.Instant;

/** A refresh token's value, handed to the client once and never stored. */
public record IssuedRefreshToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedRefreshToken[expiresAt=" + expiresAt + "]";
    }
}
