package eu.loopmentoring.domain.resource.recommendation;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

/** The published resources a ranking may consider: pre-selected cheaply, in bounded number. */
public interface RecommendationCandidates {

    /**
     * At most {@code max} published resources that are not {@code excluded}: only those in one of
     * {@code languages} (any language when empty); those with one of {@code topics} first, then
     * the best rated, then the newest.
     */
    List<RecommendationCandidate> preselect(Set<String> languages, Set<String> topics, Set<UUID> excluded, int max);

    /** The mean of every review of a published resource (1 to 5); empty while there is none. */
    OptionalDouble meanRating();
}
