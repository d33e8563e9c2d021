package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.ClosingFeedback;
import eu.loopmentoring.domain.mentoring.ClosingFeedbacks;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.Side;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link ClosingFeedbacks} must do: one feedback per author and relationship. */
public abstract class ClosingFeedbacksContract extends RelationshipPortContract {

    protected abstract ClosingFeedbacks feedbacks();

    @Test
    void aFeedbackIsItsAuthorsAndGivingItAgainReplacesIt() {
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        MentoringRelationship relationship = aRelationship(mentor, mentee);
        ClosingFeedback first =
                new ClosingFeedback(relationship.id(), mentee.id(), Side.MENTEE, 4, Optional.of("Helpful"), T0);

        assertThat(feedbacks().put(first)).isEqualTo(first);
        ClosingFeedback second = new ClosingFeedback(
                relationship.id(), mentee.id(), Side.MENTEE, 5, Optional.empty(), T0.plusSeconds(60));
        assertThat(feedbacks().put(second)).isEqualTo(second);

        assertThat(feedbacks().find(relationship.id(), mentee.id())).contains(second);
        assertThat(feedbacks().find(relationship.id(), mentor.id())).isEmpty();
        assertThat(feedbacks().of(mentee.id())).containsExactly(second);
        assertThat(feedbacks().of(mentor.id())).isEmpty();
    }

    @Test
    void anAuthorsFeedbacksComeOldestFirst() {
        Person author = aPerson("Mentee");
        List<ClosingFeedback> given = List.of(
                new ClosingFeedback(
                        aRelationship(aPerson("M1"), author).id(),
                        author.id(),
                        Side.MENTEE,
                        3,
                        Optional.empty(),
                        T0.plusSeconds(20)),
                new ClosingFeedback(
                        aRelationship(aPerson("M2"), author).id(), author.id(), Side.MENTEE, 4, Optional.empty(), T0),
                new ClosingFeedback(
                        aRelationship(aPerson("M3"), author).id(), author.id(), Side.MENTEE, 5, Optional.empty(), T0));
        given.forEach(feedbacks()::put);

        assertThat(feedbacks().of(author.id()))
                .containsExactlyElementsOf(given.stream()
                        .sorted(Comparator.comparing(ClosingFeedback::submittedAt)
                                .thenComparing(f -> f.relationshipId().toString()))
                        .toList());
        assertThat(feedbacks().find(UUID.randomUUID(), author.id())).isEmpty();
    }
}
