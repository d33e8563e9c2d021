package eu.loopmentoring.domain.partner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One of a client's secrets, held only as a hash; it may expire after a rotation. */
public record ApiClientSecret(UUID id, String hash, Instant createdAt, Optional<Instant> expiresAt) {

    public ApiClientSecret {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean validAt(Instant when) {
        return expiresAt.map(when::isBefore).orElse(true);
    }

    /** Expires at {@code when} unless it already expires earlier. */
    public ApiClientSecret expiringBy(Instant when) {
        Instant end = expiresAt.filter(e -> e.isBefore(when)).orElse(when);
        return new ApiClientSecret(id, hash, createdAt, Optional.of(end));
    }
}
