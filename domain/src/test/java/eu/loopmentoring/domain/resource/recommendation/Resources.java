package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Candidates for the ranking tests, with ids derived from their names so runs are repeatable. */
final class Resources {

    private Resources() {}

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** An English resource for every stage, on no topic and no dimension, never reviewed. */
    static RecommendationCandidate neutral(String name) {
        return RecommendationCandidate.unrated(id(name), List.of("en"), Set.of(), Set.of(), List.of());
    }

    static RecommendationCandidate onTopics(String name, String... topics) {
        return RecommendationCandidate.unrated(id(name), List.of("en"), Set.of(), Set.of(), List.of(topics));
    }

    static RecommendationCandidate developing(String name, ProfileDimension... dimensions) {
        return RecommendationCandidate.unrated(id(name), List.of("en"), Set.of(), Set.of(dimensions), List.of());
    }

    static RecommendationCandidate forStages(String name, CareerStage... stages) {
        return RecommendationCandidate.unrated(id(name), List.of("en"), Set.of(stages), Set.of(), List.of());
    }

    static RecommendationCandidate inLanguages(String name, String... languages) {
        return RecommendationCandidate.unrated(id(name), List.of(languages), Set.of(), Set.of(), List.of());
    }
}
