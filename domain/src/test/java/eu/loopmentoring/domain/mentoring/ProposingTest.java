package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Proposals: the first acceptance that completes a pair wins; unanswered ones expire. */
class ProposingTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Offering offering = world.offering;
    private final Requesting requesting = world.requesting;
    private final Proposing proposing = world.proposing;
    private final RelationshipLifecycle lifecycle = world.lifecycle;
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");
    private final Person sofia = world.people.register("Sofía García");
    private final Person stranger = world.people.register("A stranger");

    private MentorOffer offerOf(Person mentor, int capacity) {
        return world.offerOf(mentor, capacity);
    }

    private MentoringProposal proposedBy(Person mentee, MentorOffer offer) {
        return world.proposedBy(mentee, offer);
    }

    @Test
    void the_second_side_s_acceptance_creates_the_relationship_and_tells_both() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal proposal = proposedBy(ana, offer);

        MentoringProposal accepted = proposing.answer(joao.asSubject(), proposal.id(), true, Optional.empty());

        MentoringRelationship relationship = lifecycle.relationship(
                ana.asSubject(), accepted.relationshipId().orElseThrow());
        assertThat(relationship.status()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(relationship.mentorId()).contains(joao.id());
        assertThat(relationship.menteeId()).contains(ana.id());
        assertThat(world.notifications.kindsFor(ana.id())).contains(NotificationKind.PROPOSAL_ACCEPTED);
        assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.PROPOSAL_ACCEPTED);
        assertThat(offering.offer(ana.asSubject(), offer.id()).remainingCapacity())
                .isZero();
    }

    @Test
    void the_first_acceptance_of_a_request_wins_and_supersedes_its_other_proposals() {
        MentorOffer first = offerOf(joao, 1);
        MentorOffer second = offerOf(sofia, 1);
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
        MentoringProposal one = proposing.propose(ana.asSubject(), request.id(), first.id());
        MentoringProposal two = proposing.propose(ana.asSubject(), request.id(), second.id());

        proposing.answer(joao.asSubject(), one.id(), true, Optional.empty());

        assertThat(proposing.proposal(sofia.asSubject(), two.id()).status()).isEqualTo(ProposalStatus.SUPERSEDED);
        assertThatThrownBy(() -> proposing.answer(sofia.asSubject(), two.id(), true, Optional.empty()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("another proposal of the request was accepted first");
        assertThat(world.notifications.kindsFor(sofia.id())).contains(NotificationKind.PROPOSAL_CLOSED);
    }

    @Test
    void a_mentor_never_exceeds_capacity() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal anas = proposedBy(ana, offer);
        MentoringProposal sofias = proposedBy(sofia, offer);

        proposing.answer(joao.asSubject(), anas.id(), true, Optional.empty());

        assertThatThrownBy(() -> proposing.answer(joao.asSubject(), sofias.id(), true, Optional.empty()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no capacity left");
        assertThatThrownBy(() -> proposedBy(stranger, offer)).hasMessageContaining("no capacity left");
    }

    @Test
    void declined_return_the_request_to_the_pool_with_the_reason_for_the_mentee() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal proposal = proposedBy(ana, offer);

        MentoringProposal declined =
                proposing.answer(joao.asSubject(), proposal.id(), false, Optional.of("Full this term"));

        assertThat(declined.declineReason()).contains("Full this term");
        assertThat(requesting.request(ana.asSubject(), proposal.requestId()).status())
                .isEqualTo(RequestStatus.OPEN);
        assertThat(world.notifications.kindsFor(ana.id())).containsExactly(NotificationKind.PROPOSAL_DECLINED);
    }

    @Test
    void the_same_pair_is_not_proposed_twice_while_pending() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal proposal = proposedBy(ana, offer);

        assertThatThrownBy(() -> proposing.propose(ana.asSubject(), proposal.requestId(), offer.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_mentee_is_not_paired_again_with_the_mentor_they_already_have_while_it_runs() {
        MentorOffer offer = offerOf(joao, 3);
        MentoringProposal accepted =
                proposing.answer(joao.asSubject(), proposedBy(ana, offer).id(), true, Optional.empty());

        assertThatThrownBy(() -> proposedBy(ana, offer))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already works with this mentor in a running ONE_TO_ONE relationship");
        MentoringRequest pooled = requesting.createRequest(ana.asSubject(), InMemoryMentoringFixtures.draft());
        assertThatThrownBy(() -> proposing.propose(joao.asSubject(), pooled.id(), offer.id()))
                .as("nor may the mentor offer themselves on her new request")
                .isInstanceOf(RuleViolationException.class);

        lifecycle.changeRelationship(
                ana.asSubject(),
                accepted.relationshipId().orElseThrow(),
                RelationshipStatus.COMPLETED,
                Optional.empty(),
                false);
        assertThat(proposing.propose(joao.asSubject(), pooled.id(), offer.id()).status())
                .as("once it has ended they may work together again")
                .isEqualTo(ProposalStatus.PENDING);
    }

    @Test
    void strangers_find_neither_proposals_nor_relationships() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal proposal = proposedBy(ana, offer);
        MentoringProposal accepted = proposing.answer(joao.asSubject(), proposal.id(), true, Optional.empty());

        assertThatThrownBy(() -> proposing.proposal(stranger.asSubject(), proposal.id()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> lifecycle.relationship(
                        stranger.asSubject(), accepted.relationshipId().orElseThrow()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> proposing.answer(stranger.asSubject(), proposal.id(), true, Optional.empty()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Nested
    class Expiry {

        @Test
        void an_unanswered_proposal_expires_the_request_returns_to_the_pool_and_both_are_told() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);
            assertThat(proposing.proposalsDue(10)).isEmpty();

            world.clock.advance(InMemoryMentoring.TIME_TO_ANSWER);
            List<UUID> due = proposing.proposalsDue(10);

            assertThat(due).containsExactly(proposal.id());
            assertThat(proposing.expire(proposal.id())).isTrue();
            assertThat(proposing.expire(proposal.id())).as("only once").isFalse();
            assertThat(requesting.request(ana.asSubject(), proposal.requestId()).status())
                    .isEqualTo(RequestStatus.OPEN);
            assertThat(world.notifications.kindsFor(ana.id())).containsExactly(NotificationKind.PROPOSAL_EXPIRED);
            assertThat(world.notifications.kindsFor(joao.id()))
                    .containsExactly(NotificationKind.PROPOSAL_RECEIVED, NotificationKind.PROPOSAL_EXPIRED);
        }

        @Test
        void a_mentor_who_lets_proposals_expire_ranks_lower_until_they_act_again() {
            MentorOffer slow = offerOf(joao, 2);
            world.clock.advance(Duration.ofMinutes(1));
            MentorOffer quick = offerOf(sofia, 2);
            MentoringProposal proposal = proposedBy(ana, slow);
            world.clock.advance(InMemoryMentoring.TIME_TO_ANSWER);
            proposing.expire(proposal.id());

            assertThat(offering.offer(ana.asSubject(), slow.id()).missedProposals())
                    .isEqualTo(1);
            assertThat(offering.offers(ana.asSubject(), OfferFilter.all(), PageRequest.first(20))
                            .items())
                    .extracting(MentorOffer::id)
                    .containsExactly(quick.id(), slow.id());

            MentoringProposal next = proposedBy(stranger, slow);
            proposing.answer(joao.asSubject(), next.id(), false, Optional.empty());
            MentorOffer active = offering.offer(ana.asSubject(), slow.id());
            assertThat(active.missedProposals()).isZero();
            assertThat(active.lastActiveAt()).isEqualTo(world.clock.instant());
        }

        @Test
        void a_mentee_who_lets_a_mentor_s_proposal_expire_costs_the_mentor_nothing() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
            MentoringProposal proposal = proposing.propose(joao.asSubject(), request.id(), offer.id());
            world.clock.advance(InMemoryMentoring.TIME_TO_ANSWER.plusSeconds(1));

            proposing.expire(proposal.id());

            assertThat(offering.offer(ana.asSubject(), offer.id()).missedProposals())
                    .isZero();
        }
    }
}
