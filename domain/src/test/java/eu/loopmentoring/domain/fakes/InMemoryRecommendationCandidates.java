package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.Rating;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidate;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidates;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

/** The candidates among the published resources of {@code resources}, ordered as the adapter orders them. */
public record InMemoryRecommendationCandidates(InMemoryLearningResources resources)
        implements RecommendationCandidates {

    @Override
    public List<RecommendationCandidate> preselect(
            Set<String> languages, Set<String> topics, Set<UUID> excluded, int max) {
        Comparator<LearningResource> onTopicsFirst = Comparator.comparing(
                (LearningResource r) -> Collections.disjoint(r.metadata().topics(), topics));
        return resources.byId.values().stream()
                .filter(LearningResource::isPublished)
                .filter(r -> !excluded.contains(r.id()))
                .filter(r -> languages.isEmpty()
                        || !Collections.disjoint(r.metadata().languages(), languages))
                .sorted(onTopicsFirst
                        .thenComparing(Comparator.comparingDouble((LearningResource r) -> average(r.rating()))
                                .reversed())
                        .thenComparing(Comparator.comparing(
                                        (LearningResource r) -> r.publishedAt().orElseThrow())
                                .reversed())
                        .thenComparing(r -> r.id().toString()))
                .limit(max)
                .map(InMemoryRecommendationCandidates::candidate)
                .toList();
    }

    @Override
    public OptionalDouble meanRating() {
        List<Rating> rated = resources.byId.values().stream()
                .filter(LearningResource::isPublished)
                .map(LearningResource::rating)
                .toList();
        long count = rated.stream().mapToLong(Rating::count).sum();
        long sum = rated.stream().mapToLong(Rating::sum).sum();
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
    }

    private static double average(Rating rating) {
        return rating.count() == 0 ? 0 : (double) rating.sum() / rating.count();
    }

    private static RecommendationCandidate candidate(LearningResource r) {
        return new RecommendationCandidate(
                r.id(),
                r.metadata().languages(),
                r.metadata().audience().careerStages(),
                r.metadata().profileDimensions(),
                r.metadata().topics(),
                average(r.rating()),
                (int) r.rating().count());
    }
}
