package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Relationships: their participants pause, resume and end them, and the others are told. */
class RelationshipLifecycleTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Offering offering = world.offering;
    private final Requesting requesting = world.requesting;
    private final Proposing proposing = world.proposing;
    private final RelationshipLifecycle lifecycle = world.lifecycle;
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");

    private MentorOffer offerOf(Person mentor, int capacity) {
        return world.offerOf(mentor, capacity);
    }

    private MentoringProposal proposedBy(Person mentee, MentorOffer offer) {
        return world.proposedBy(mentee, offer);
    }

    private MentoringRelationship running() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal proposal = proposedBy(ana, offer);
        UUID id = proposing
                .answer(joao.asSubject(), proposal.id(), true, Optional.empty())
                .relationshipId()
                .orElseThrow();
        return lifecycle.relationship(ana.asSubject(), id);
    }

    @Test
    void a_participant_pauses_resumes_and_completes_and_the_other_is_told_each_time() {
        MentoringRelationship relationship = running();

        lifecycle.changeRelationship(
                ana.asSubject(), relationship.id(), RelationshipStatus.PAUSED, Optional.empty(), false);
        lifecycle.changeRelationship(
                joao.asSubject(), relationship.id(), RelationshipStatus.ACTIVE, Optional.empty(), false);
        MentoringRelationship done = lifecycle.changeRelationship(
                joao.asSubject(), relationship.id(), RelationshipStatus.COMPLETED, Optional.empty(), false);

        assertThat(done.status()).isEqualTo(RelationshipStatus.COMPLETED);
        assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.RELATIONSHIP_PAUSED);
        assertThat(world.notifications.kindsFor(ana.id()))
                .contains(NotificationKind.RELATIONSHIP_RESUMED, NotificationKind.RELATIONSHIP_COMPLETED);
        assertThat(offering.offer(ana.asSubject(), relationship.offerId().orElseThrow())
                        .remainingCapacity())
                .isEqualTo(1);
    }

    @Test
    void ending_early_can_reopen_the_mentee_s_request_for_a_new_match() {
        MentoringRelationship relationship = running();

        assertThatThrownBy(() -> lifecycle.changeRelationship(
                        joao.asSubject(),
                        relationship.id(),
                        RelationshipStatus.ENDED_EARLY,
                        Optional.of("Moving"),
                        true))
                .isInstanceOf(AccessDeniedException.class);
        lifecycle.changeRelationship(
                ana.asSubject(),
                relationship.id(),
                RelationshipStatus.ENDED_EARLY,
                Optional.of("Different needs"),
                true);

        MentoringRequest reopened =
                requesting.request(ana.asSubject(), relationship.requestId().orElseThrow());
        assertThat(reopened.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(reopened.isInPool()).isTrue();
        assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.RELATIONSHIP_ENDED_EARLY);
    }

    @Test
    void an_ended_relationship_changes_no_more() {
        MentoringRelationship relationship = running();
        lifecycle.changeRelationship(
                ana.asSubject(), relationship.id(), RelationshipStatus.COMPLETED, Optional.empty(), false);

        assertThatThrownBy(() -> lifecycle.changeRelationship(
                        ana.asSubject(), relationship.id(), RelationshipStatus.ACTIVE, Optional.empty(), false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("ended");
    }
}
