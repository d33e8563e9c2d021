package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the ranking needs to know of one published resource: the shared resource model's
 * {@code id}, {@code languages} (the first is the main one), {@code audience.careerStages} (empty:
 * for every stage), {@code profileDimensions} and {@code topics}, and its {@code rating}.
 */
public record RecommendationCandidate(
        UUID id,
        List<String> languages,
        Set<CareerStage> careerStages,
        Set<ProfileDimension> profileDimensions,
        List<String> topics,
        double ratingAverage,
        int ratingCount) {

    public RecommendationCandidate {
        Objects.requireNonNull(id, "id");
        languages = languages.stream()
                .map(l -> l.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a resource has at least one language");
        }
        careerStages = Enums.orderedSet(CareerStage.class, careerStages);
        profileDimensions = Enums.orderedSet(ProfileDimension.class, profileDimensions);
        topics = topics.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList();
        if (ratingCount < 0) {
            throw new IllegalArgumentException("a rating count cannot be negative, was " + ratingCount);
        }
        if (ratingCount > 0 && (ratingAverage < 1 || ratingAverage > 5)) {
            throw new IllegalArgumentException("a rating average is from 1 to 5, was " + ratingAverage);
        }
    }

    /** A resource nobody has reviewed yet. */
    public static RecommendationCandidate unrated(
            UUID id,
            List<String> languages,
            Set<CareerStage> careerStages,
            Set<ProfileDimension> profileDimensions,
            List<String> topics) {
        return new RecommendationCandidate(id, languages, careerStages, profileDimensions, topics, 0, 0);
    }

    public RecommendationCandidate withRating(double average, int count) {
        return new RecommendationCandidate(id, languages, careerStages, profileDimensions, topics, average, count);
    }
}
