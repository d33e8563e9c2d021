package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.RefreshToken;
import eu.loopmentoring.domain.identity.RefreshTokenStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryRefreshTokens implements RefreshTokenStore {
    public final Map<UUID, RefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void add(RefreshToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return tokens.values().stream()
                .filter(t -> t.tokenHash().equals(tokenHash))
                .findFirst();
    }

    @Override
    public synchronized boolean markUsed(UUID id, Instant at) {
        RefreshToken t = tokens.get(id);
        if (t.usedAt().isPresent() || t.revokedAt().isPresent()) {
            return false;
        }
        tokens.put(id, with(t, Optional.of(at), t.revokedAt()));
        return true;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        tokens.replaceAll((id, t) ->
                t.familyId().equals(familyId) && t.revokedAt().isEmpty() ? with(t, t.usedAt(), Optional.of(at)) : t);
    }

    @Override
    public boolean loginActive(UUID familyId) {
        return tokens.values().stream()
                .anyMatch(t -> t.familyId().equals(familyId)
                        && t.usedAt().isEmpty()
                        && t.revokedAt().isEmpty());
    }

    @Override
    public void revokeAllOf(UUID personId, Instant at) {
        tokens.replaceAll((id, t) ->
                t.personId().equals(personId) && t.revokedAt().isEmpty() ? with(t, t.usedAt(), Optional.of(at)) : t);
    }

    private static RefreshToken with(RefreshToken t, Optional<Instant> used, Optional<Instant> revoked) {
        return new RefreshToken(
                t.id(), t.familyId(), t.personId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), used, revoked);
    }
}
