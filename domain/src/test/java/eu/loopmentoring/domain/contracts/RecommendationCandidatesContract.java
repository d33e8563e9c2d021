package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidate;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidates;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link RecommendationCandidates} must do. Every published resource is a candidate:
 * each test ranks on topics of its own, in a language no other contract uses.
 */
public abstract class RecommendationCandidatesContract extends ResourceBankContract {

    private static final String LANGUAGE = "is";
    private static final String OTHER_LANGUAGE = "mt";

    protected abstract ResourceReviews reviews();

    protected abstract RecommendationCandidates candidates();

    /** {@code resource} reviewed once with each rating, by new reviewers, and its aggregate refreshed. */
    private LearningResource rated(LearningResource resource, int... ratings) {
        for (int rating : ratings) {
            reviews().put(resource.id(), aPerson("Reviewer").id(), rating, "", T0);
        }
        resources().refreshRating(resource.id());
        return resources().find(resource.id()).orElseThrow();
    }

    private static List<UUID> ids(List<RecommendationCandidate> candidates) {
        return candidates.stream().map(RecommendationCandidate::id).toList();
    }

    @Test
    void resourcesOnTheTopicsComeFirstThenTheBestRatedThenTheNewest() {
        Person author = aPerson("Author");
        String topic = unique("t-");
        Instant at = T0.plusSeconds(3600);
        LearningResource fair = rated(published(author, topic, LANGUAGE, at), 3);
        LearningResource best = rated(published(author, topic, LANGUAGE, at), 5);
        LearningResource newer = published(author, topic, LANGUAGE, at.plusSeconds(2));
        LearningResource older = published(author, topic, LANGUAGE, at.plusSeconds(1));
        LearningResource offTopic = rated(published(author, unique("t-"), LANGUAGE, at.plusSeconds(9)), 5, 5);
        LearningResource foreign = published(author, topic, OTHER_LANGUAGE, at.plusSeconds(3));
        LearningResource draft = aDraft(author, topic, at.plusSeconds(9));
        LearningResource excluded = published(author, topic, LANGUAGE, at.plusSeconds(9));
        Set<String> topics = Set.of(topic, unique("t-"));

        List<RecommendationCandidate> inLanguage =
                candidates().preselect(Set.of(LANGUAGE), topics, Set.of(excluded.id()), 100);
        List<RecommendationCandidate> anyLanguage =
                candidates().preselect(Set.of(), topics, Set.of(excluded.id()), 100);

        assertThat(ids(inLanguage).subList(0, 4)).containsExactly(best.id(), fair.id(), newer.id(), older.id());
        assertThat(ids(inLanguage)).contains(offTopic.id()).doesNotContain(foreign.id(), draft.id(), excluded.id());
        assertThat(inLanguage.get(0))
                .isEqualTo(new RecommendationCandidate(
                        best.id(),
                        List.of(LANGUAGE),
                        best.metadata().audience().careerStages(),
                        best.metadata().profileDimensions(),
                        List.of(topic),
                        5.0,
                        1));
        assertThat(ids(anyLanguage).subList(0, 5))
                .containsExactly(best.id(), fair.id(), foreign.id(), newer.id(), older.id());
        assertThat(ids(candidates().preselect(Set.of(LANGUAGE), topics, Set.of(), 2)))
                .containsExactly(best.id(), fair.id());
    }

    /**
     * Other rows make the bank's mean what it is before (with at least one review of this test's);
     * the means after two known additions give the count and sum of ratings there were before,
     * which must give that mean.
     */
    @Test
    void theMeanRatingIsTheMeanOfEveryReviewOfAPublishedResource() {
        Person author = aPerson("Author");
        rated(published(author, unique("t-"), OTHER_LANGUAGE, T0), 2);
        double before = candidates().meanRating().orElseThrow();
        rated(published(author, unique("t-"), OTHER_LANGUAGE, T0), 5, 5);
        rated(aDraft(author, unique("t-"), T0), 1, 1, 1);
        double afterTwoFives = candidates().meanRating().orElseThrow();
        rated(published(author, unique("t-"), OTHER_LANGUAGE, T0), 1);
        double afterAOne = candidates().meanRating().orElseThrow();

        // afterTwoFives = (sum + 10) / (count + 2) and afterAOne = (sum + 11) / (count + 3)
        double solved = (3 * afterAOne - 2 * afterTwoFives - 1) / (afterTwoFives - afterAOne);
        long count = Math.round(solved);
        double sum = afterTwoFives * (count + 2) - 10;

        assertThat(solved).as("the count of ratings before").isCloseTo(count, within(1e-6));
        assertThat(count).isPositive();
        assertThat(before).as("the mean before").isCloseTo(sum / count, within(1e-9));
    }
}
