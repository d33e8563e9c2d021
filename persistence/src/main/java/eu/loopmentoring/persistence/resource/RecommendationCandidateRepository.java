package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidate;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidates;
import eu.loopmentoring.domain.shared.ProfileDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pre-selects recommendation candidates in one indexed query: published resources in one of the
 * person's languages (GIN index on languages), not completed, on one of their topics first.
 */
@ApplicationScoped
public class RecommendationCandidateRepository implements RecommendationCandidates {

    private final EntityManager em;

    RecommendationCandidateRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RecommendationCandidate> preselect(
            Set<String> languages, Set<String> topics, Set<UUID> excluded, int max) {
        List<Tuple> rows = em.createNativeQuery(
                        "select r.id, r.languages, r.career_stages, r.profile_dimensions, r.topics,"
                                + " r.rating_sum, r.rating_count from learning_resource r"
                                + " where r.status = 'PUBLISHED'"
                                + " and (:languages = '' or r.languages && string_to_array(:languages, ','))"
                                + " and not (r.id = any (cast(string_to_array(:excluded, ',') as uuid[])))"
                                + " order by r.topics && string_to_array(:topics, ',') desc,"
                                + " coalesce(cast(r.rating_sum as numeric) / nullif(r.rating_count, 0), 0) desc,"
                                + " r.published_at desc, r.id"
                                + " limit " + max,
                        Tuple.class)
                .setParameter("languages", joined(languages))
                .setParameter("topics", joined(topics))
                .setParameter("excluded", joined(excluded))
                .getResultList();
        return rows.stream().map(RecommendationCandidateRepository::candidate).toList();
    }

    @Override
    public OptionalDouble meanRating() {
        Object mean = em.createNativeQuery("select cast(sum(r.rating_sum) as float8) / nullif(sum(r.rating_count), 0)"
                        + " from learning_resource r where r.status = 'PUBLISHED' and r.rating_count > 0")
                .getSingleResult();
        return mean == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) mean).doubleValue());
    }

    private static RecommendationCandidate candidate(Tuple row) {
        long count = row.get("rating_count", Number.class).longValue();
        long sum = row.get("rating_sum", Number.class).longValue();
        return new RecommendationCandidate(
                row.get("id", UUID.class),
                texts(row.get("languages")),
                texts(row.get("career_stages")).stream()
                        .map(CareerStage::valueOf)
                        .collect(Collectors.toSet()),
                texts(row.get("profile_dimensions")).stream()
                        .map(ProfileDimension::valueOf)
                        .collect(Collectors.toSet()),
                texts(row.get("topics")),
                count == 0 ? 0 : (double) sum / count,
                (int) count);
    }

    private static String joined(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    private static List<String> texts(Object array) {
        try {
            Object values = array instanceof Array sql ? sql.getArray() : array;
            return Arrays.stream((Object[]) values).map(String.class::cast).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a text array", e);
        }
    }
}
