package eu.loopmentoring.domain.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface RefreshTokenStore {

    void add(RefreshToken token);

    Optional<RefreshToken> findByHash(String tokenHash);

    /** Marks the token used if it is neither used nor revoked yet; false if another use came first. */
    boolean markUsed(UUID id, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    /**
     * Whether the login (the family) still holds a token that is neither used nor revoked: true
     * from the login until its family is revoked or its holder's account is gone.
     */
    boolean loginActive(UUID familyId);

    void revokeAllOf(UUID personId, Instant at);
}
