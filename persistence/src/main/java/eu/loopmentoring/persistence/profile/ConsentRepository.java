package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.profile.Consent;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.persistence.shared.Chunks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements Consents, PanacheRepositoryBase<ConsentEntity, UUID> {

    @Override
    public List<Consent> of(UUID personId) {
        return list("personId", Sort.by("givenAt").and("id"), personId).stream()
                .map(ConsentRepository::toDomain)
                .toList();
    }

    @Override
    public Optional<Consent> given(UUID personId, ConsentPurpose purpose) {
        return find("personId = ?1 and purpose = ?2 and withdrawnAt is null", personId, purpose.name())
                .firstResultOptional()
                .map(ConsentRepository::toDomain);
    }

    @Override
    public Map<UUID, Set<ConsentPurpose>> givenBy(Collection<UUID> personIds) {
        Map<UUID, Set<ConsentPurpose>> found = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(personIds)) {
            for (ConsentEntity c : list("personId in ?1 and withdrawnAt is null", chunk)) {
                found.computeIfAbsent(c.getPersonId(), k -> EnumSet.noneOf(ConsentPurpose.class))
                        .add(ConsentPurpose.valueOf(c.getPurpose()));
            }
        }
        return found;
    }

    @Override
    public boolean add(Consent consent) {
        // The partial unique index decides between two concurrent consents for one purpose.
        return getEntityManager()
                        .createNativeQuery("insert into consent (id, person_id, purpose, text_version, given_at)"
                                + " values (:id, :person, :purpose, :version, :at) on conflict do nothing")
                        .setParameter("id", consent.id())
                        .setParameter("person", consent.personId())
                        .setParameter("purpose", consent.purpose().name())
                        .setParameter("version", consent.textVersion())
                        .setParameter("at", consent.givenAt())
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean withdraw(UUID personId, ConsentPurpose purpose, Instant at) {
        return update(
                        "withdrawnAt = ?1 where personId = ?2 and purpose = ?3 and withdrawnAt is null",
                        at,
                        personId,
                        purpose.name())
                > 0;
    }

    private static Consent toDomain(ConsentEntity entity) {
        return new Consent(
                entity.getId(),
                entity.getPersonId(),
                ConsentPurpose.valueOf(entity.getPurpose()),
                entity.getTextVersion(),
                entity.getGivenAt(),
                Optional.ofNullable(entity.getWithdrawnAt()));
    }
}
