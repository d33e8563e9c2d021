package eu.loopmentoring.persistence.identity;

import eu.loopmentoring.domain.identity.RefreshToken;
import eu.loopmentoring.domain.identity.RefreshTokenStore;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements RefreshTokenStore, PanacheRepositoryBase<RefreshTokenEntity, UUID> {

    private final IdentityEntityMapper mapper;

    RefreshTokenRepository(IdentityEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(RefreshToken token) {
        persist(mapper.toEntity(token));
    }

    @Override
    public Optional<RefreshToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public boolean markUsed(UUID id, Instant at) {
        // A conditional update: of two concurrent uses of one token, exactly one succeeds.
        return update(
                        "usedAt = :at where id = :id and usedAt is null and revokedAt is null",
                        Parameters.with("at", at).and("id", id))
                == 1;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        update(
                "revokedAt = :at where familyId = :family and revokedAt is null",
                Parameters.with("at", at).and("family", familyId));
    }

    @Override
    public boolean loginActive(UUID familyId) {
        // Asked on every request with a person's token: the partial index refresh_token_live answers it.
        return count("familyId = ?1 and usedAt is null and revokedAt is null", familyId) > 0;
    }

    @Override
    public void revokeAllOf(UUID personId, Instant at) {
        update(
                "revokedAt = :at where personId = :person and revokedAt is null",
                Parameters.with("at", at).and("person", personId));
    }
}
