package eu.loopmentoring.domain.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token's value, handed to the client once and never stored.
 *
 * @param login the login it belongs to (its family): the access tokens issued with it name it, and
 *     stop working when it is revoked
 */
public record IssuedRefreshToken(String value, Instant expiresAt, UUID login) {

    @Override
    public String toString() {
        return "IssuedRefreshToken[expiresAt=" + expiresAt + ", login=" + login + "]";
    }
}
