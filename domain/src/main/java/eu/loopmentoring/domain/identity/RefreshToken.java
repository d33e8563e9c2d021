package eu.loopmentoring.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored refresh token: only the hash of its value is kept. Every token descends from one login
 * (its family); a token is used at most once.
 */
public record RefreshToken(
        UUID id,
        UUID familyId,
        UUID personId,
        String tokenHash,
        Instant issuedAt,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<Instant> revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
