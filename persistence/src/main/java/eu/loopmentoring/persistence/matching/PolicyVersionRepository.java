package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.matchingrun.PolicyVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/** Saved policy versions in {@code matching_policy}, their settings as JSON. */
@ApplicationScoped
public class PolicyVersionRepository implements PolicyVersions {

    private final EntityManager em;
    private final PolicyEntityMapper mapper;

    PolicyVersionRepository(EntityManager em, PolicyEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public Optional<PolicyVersion> latest(UUID coalitionId) {
        return em.createQuery(
                        "from MatchingPolicyEntity where coalitionId = :c order by version desc",
                        MatchingPolicyEntity.class)
                .setParameter("c", coalitionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(mapper::toDomain);
    }

    @Override
    public Optional<PolicyVersion> find(UUID coalitionId, int version) {
        return Optional.ofNullable(
                        em.find(MatchingPolicyEntity.class, new MatchingPolicyEntity.Key(coalitionId, version)))
                .map(mapper::toDomain);
    }

    /** False when another coordinator saved this version first. */
    @Override
    public boolean add(PolicyVersion version) {
        MatchingPolicyEntity row = mapper.toEntity(version);
        return em.createQuery("insert into MatchingPolicyEntity (coalitionId, version, settings, savedBy, savedAt)"
                                + " values (:c, :v, :settings, :by, :at) on conflict do nothing")
                        .setParameter("c", row.getCoalitionId())
                        .setParameter("v", row.getVersion())
                        .setParameter("settings", row.getSettings())
                        .setParameter("by", row.getSavedBy())
                        .setParameter("at", row.getSavedAt())
                        .executeUpdate()
                == 1;
    }
}
