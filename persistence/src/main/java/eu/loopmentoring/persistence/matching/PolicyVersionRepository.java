package eu.loopmentoring.persistence.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matching.MatchingPolicy.Filters;
import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matching.MatchingPolicy.Weights;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.matchingrun.PolicyVersions;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.persistence.resource.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved policy versions in {@code matching_policy}, their settings as JSON. */
@ApplicationScoped
public class PolicyVersionRepository implements PolicyVersions {

    /** The stored form of a policy's settings; a storage format. */
    record Settings(
            Filters filters,
            Weights weights,
            String minimumLanguageLevel,
            int needDimensions,
            int idealGapMin,
            int idealGapMax,
            int gapTolerance,
            int availabilityTargetMinutes,
            String objective) {}

    private static final String COLUMNS = "coalition_id, version, settings, saved_by, saved_at";

    private final EntityManager em;
    private final ObjectMapper json = new ObjectMapper();

    PolicyVersionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PolicyVersion> latest(UUID coalitionId) {
        return first(em.createNativeQuery("select " + COLUMNS + " from matching_policy where coalition_id = :c"
                        + " order by version desc limit 1")
                .setParameter("c", coalitionId)
                .getResultList());
    }

    @Override
    public Optional<PolicyVersion> find(UUID coalitionId, int version) {
        return first(em.createNativeQuery(
                        "select " + COLUMNS + " from matching_policy where coalition_id = :c and version = :v")
                .setParameter("c", coalitionId)
                .setParameter("v", version)
                .getResultList());
    }

    @Override
    public boolean add(PolicyVersion version) {
        MatchingPolicy p = version.policy();
        Settings settings = new Settings(
                p.filters(),
                p.weights(),
                p.minimumLanguageLevel().name(),
                p.needDimensions(),
                p.idealGapMin(),
                p.idealGapMax(),
                p.gapTolerance(),
                p.availabilityTargetMinutes(),
                p.objective().name());
        return em.createNativeQuery("insert into matching_policy (" + COLUMNS + ") values (:c, :v,"
                                + " cast(:settings as jsonb), :by, :at) on conflict do nothing")
                        .setParameter("c", version.coalitionId())
                        .setParameter("v", p.version())
                        .setParameter("settings", write(settings))
                        .setParameter("by", version.savedBy().orElse(null))
                        .setParameter("at", Timestamp.from(version.savedAt().orElseThrow()))
                        .executeUpdate()
                == 1;
    }

    private Optional<PolicyVersion> first(List<?> rows) {
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            Settings s = read(r[2].toString());
            MatchingPolicy policy = new MatchingPolicy(
                    ((Number) r[1]).intValue(),
                    s.filters(),
                    s.weights(),
                    CefrLevel.valueOf(s.minimumLanguageLevel()),
                    s.needDimensions(),
                    s.idealGapMin(),
                    s.idealGapMax(),
                    s.gapTolerance(),
                    s.availabilityTargetMinutes(),
                    Objective.valueOf(s.objective()));
            return new PolicyVersion(
                    UUID.fromString(r[0].toString()),
                    policy,
                    Optional.ofNullable(r[3]).map(o -> UUID.fromString(o.toString())),
                    Optional.of(SqlValues.instant(r[4])));
        });
    }

    private String write(Settings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a matching policy", e);
        }
    }

    private Settings read(String settings) {
        try {
            return json.readValue(settings, Settings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a matching policy", e);
        }
    }
}
