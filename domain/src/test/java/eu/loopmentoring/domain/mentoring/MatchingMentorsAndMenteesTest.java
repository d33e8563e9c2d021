package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.addressedTo;
import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.draft;
import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatchingMentorsAndMenteesTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Mentoring mentoring = world.mentoring;
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");
    private final Person sofia = world.people.register("Sofía García");
    private final Person stranger = world.people.register("A stranger");

    private MentorOffer offerOf(Person mentor, int capacity) {
        return mentoring.createOffer(mentor.asSubject(), terms(capacity));
    }

    private MentoringProposal proposedBy(Person mentee, MentorOffer offer) {
        MentoringRequest request = mentoring.createRequest(mentee.asSubject(), draft());
        return mentoring.propose(mentee.asSubject(), request.id(), offer.id());
    }

    @Nested
    class Offers {

        @Test
        void a_person_has_one_offer_and_changes_it_instead_of_creating_another() {
            offerOf(joao, 2);

            assertThatThrownBy(() -> offerOf(joao, 3))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("change it");
        }

        @Test
        void in_person_mentoring_needs_a_region() {
            OfferTerms t = terms(1);
            OfferTerms inPerson = new OfferTerms(
                    1,
                    t.expertise(),
                    t.languages(),
                    t.formats(),
                    Set.of(MentoringMode.IN_PERSON),
                    Optional.empty(),
                    Optional.empty());

            assertThatThrownBy(() -> mentoring.createOffer(joao.asSubject(), inPerson))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("region");
        }

        @Test
        void a_paused_offer_is_seen_by_its_mentor_alone_and_takes_no_proposals() {
            MentorOffer offer = offerOf(joao, 2);
            MentorOffer paused = mentoring.changeOffer(
                    joao.asSubject(), offer.id(), offer.version(), OfferChanges.status(OfferStatus.PAUSED));

            assertThat(mentoring.offer(joao.asSubject(), offer.id()).status()).isEqualTo(OfferStatus.PAUSED);
            assertThatThrownBy(() -> mentoring.offer(ana.asSubject(), offer.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThat(mentoring
                            .offers(ana.asSubject(), OfferFilter.all(), PageRequest.first(20))
                            .items())
                    .isEmpty();
            MentoringRequest request = mentoring.createRequest(ana.asSubject(), draft());
            mentoring.changeOffer(
                    joao.asSubject(), offer.id(), paused.version(), OfferChanges.status(OfferStatus.ACTIVE));
            assertThat(mentoring
                            .propose(ana.asSubject(), request.id(), offer.id())
                            .status())
                    .isEqualTo(ProposalStatus.PENDING);
        }

        @Test
        void only_the_mentor_changes_an_offer() {
            MentorOffer offer = offerOf(joao, 2);

            assertThatThrownBy(() -> mentoring.offerToChange(ana.asSubject(), offer.id()))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void capacity_never_drops_below_the_running_relationships() {
            MentorOffer offer = offerOf(joao, 2);
            for (Person mentee : List.of(ana, sofia)) {
                mentoring.answer(joao.asSubject(), proposedBy(mentee, offer).id(), true, Optional.empty());
            }
            MentorOffer full = mentoring.offer(joao.asSubject(), offer.id());
            assertThat(full.remainingCapacity()).isZero();

            OfferChanges none = OfferChanges.status(OfferStatus.ACTIVE);
            OfferChanges one = new OfferChanges(
                    Optional.of(1),
                    none.expertise(),
                    none.languages(),
                    none.formats(),
                    none.modes(),
                    none.region(),
                    none.availability(),
                    Optional.empty());
            assertThatThrownBy(() -> mentoring.changeOffer(joao.asSubject(), offer.id(), full.version(), one))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("cannot be lower than your 2 running");
        }

        @Test
        void api_clients_have_no_part_in_mentoring() {
            ClientSubject client =
                    new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.MENTORING_READ));

            assertThatThrownBy(() -> mentoring.createOffer(client, terms(1))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> world.inbox.notifications(client, false, PageRequest.first(5)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Requests {

        @Test
        void take_the_mentee_s_training_needs_from_their_profile_unless_they_say_otherwise() {
            MentoringRequest defaulted = mentoring.createRequest(ana.asSubject(), draft());
            RequestDraft d = draft();
            MentoringRequest own = mentoring.createRequest(
                    sofia.asSubject(),
                    new RequestDraft(
                            Optional.of(Set.of("assessment-for-learning")),
                            d.goals(),
                            d.languages(),
                            d.format(),
                            d.mode(),
                            d.region(),
                            d.offerId()));

            assertThat(defaulted.terms().needs()).containsExactly("classroom-management");
            assertThat(own.terms().needs()).containsExactly("assessment-for-learning");
        }

        @Test
        void addressed_to_a_mentor_are_proposed_to_them_at_once_and_the_mentor_is_told() {
            MentorOffer offer = offerOf(joao, 1);

            MentoringRequest request = mentoring.createRequest(ana.asSubject(), addressedTo(offer.id()));

            assertThat(request.status()).isEqualTo(RequestStatus.PROPOSED);
            assertThat(world.notifications.kindsFor(joao.id())).containsExactly(NotificationKind.PROPOSAL_RECEIVED);
            assertThat(mentoring.request(joao.asSubject(), request.id()).id()).isEqualTo(request.id());
        }

        @Test
        void in_the_pool_are_browsed_by_mentors_with_an_active_offer_only() {
            MentoringRequest request = mentoring.createRequest(ana.asSubject(), draft());
            offerOf(joao, 1);

            assertThat(mentoring.pool(joao.asSubject(), PageRequest.first(20)).items())
                    .extracting(MentoringRequest::id)
                    .containsExactly(request.id());
            assertThatThrownBy(() -> mentoring.pool(stranger.asSubject(), PageRequest.first(20)))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("create a mentor offer");
            assertThatThrownBy(() -> mentoring.request(stranger.asSubject(), request.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
        }

        @Test
        void a_mentor_offers_themselves_on_a_request_in_the_pool_and_the_mentee_answers() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringRequest request = mentoring.createRequest(ana.asSubject(), draft());

            MentoringProposal proposal = mentoring.propose(joao.asSubject(), request.id(), offer.id());

            assertThat(proposal.proposedBy()).isEqualTo(Side.MENTOR);
            assertThat(world.notifications.kindsFor(ana.id())).containsExactly(NotificationKind.PROPOSAL_RECEIVED);
            MentoringProposal accepted = mentoring.answer(ana.asSubject(), proposal.id(), true, Optional.empty());
            assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(mentoring.request(ana.asSubject(), request.id()).status())
                    .isEqualTo(RequestStatus.ACCEPTED);
        }

        @Test
        void withdrawn_close_their_pending_proposals_and_tell_the_mentors() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);

            MentoringRequest withdrawn = mentoring.withdraw(ana.asSubject(), proposal.requestId());

            assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
            assertThat(mentoring.proposal(joao.asSubject(), proposal.id()).status())
                    .isEqualTo(ProposalStatus.WITHDRAWN);
            assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.PROPOSAL_CLOSED);
            assertThatThrownBy(() -> mentoring.withdraw(joao.asSubject(), proposal.requestId()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    class Proposals {

        @Test
        void the_second_side_s_acceptance_creates_the_relationship_and_tells_both() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);

            MentoringProposal accepted = mentoring.answer(joao.asSubject(), proposal.id(), true, Optional.empty());

            MentoringRelationship relationship = mentoring.relationship(
                    ana.asSubject(), accepted.relationshipId().orElseThrow());
            assertThat(relationship.status()).isEqualTo(RelationshipStatus.ACTIVE);
            assertThat(relationship.mentorId()).contains(joao.id());
            assertThat(relationship.menteeId()).contains(ana.id());
            assertThat(world.notifications.kindsFor(ana.id())).contains(NotificationKind.PROPOSAL_ACCEPTED);
            assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.PROPOSAL_ACCEPTED);
            assertThat(mentoring.offer(ana.asSubject(), offer.id()).remainingCapacity())
                    .isZero();
        }

        @Test
        void the_first_acceptance_of_a_request_wins_and_supersedes_its_other_proposals() {
            MentorOffer first = offerOf(joao, 1);
            MentorOffer second = offerOf(sofia, 1);
            MentoringRequest request = mentoring.createRequest(ana.asSubject(), draft());
            MentoringProposal one = mentoring.propose(ana.asSubject(), request.id(), first.id());
            MentoringProposal two = mentoring.propose(ana.asSubject(), request.id(), second.id());

            mentoring.answer(joao.asSubject(), one.id(), true, Optional.empty());

            assertThat(mentoring.proposal(sofia.asSubject(), two.id()).status()).isEqualTo(ProposalStatus.SUPERSEDED);
            assertThatThrownBy(() -> mentoring.answer(sofia.asSubject(), two.id(), true, Optional.empty()))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("another proposal of the request was accepted first");
            assertThat(world.notifications.kindsFor(sofia.id())).contains(NotificationKind.PROPOSAL_CLOSED);
        }

        @Test
        void a_mentor_never_exceeds_capacity() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal anas = proposedBy(ana, offer);
            MentoringProposal sofias = proposedBy(sofia, offer);

            mentoring.answer(joao.asSubject(), anas.id(), true, Optional.empty());

            assertThatThrownBy(() -> mentoring.answer(joao.asSubject(), sofias.id(), true, Optional.empty()))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("no capacity left");
            assertThatThrownBy(() -> proposedBy(stranger, offer)).hasMessageContaining("no capacity left");
        }

        @Test
        void declined_return_the_request_to_the_pool_with_the_reason_for_the_mentee() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);

            MentoringProposal declined =
                    mentoring.answer(joao.asSubject(), proposal.id(), false, Optional.of("Full this term"));

            assertThat(declined.declineReason()).contains("Full this term");
            assertThat(mentoring.request(ana.asSubject(), proposal.requestId()).status())
                    .isEqualTo(RequestStatus.OPEN);
            assertThat(world.notifications.kindsFor(ana.id())).containsExactly(NotificationKind.PROPOSAL_DECLINED);
        }

        @Test
        void the_same_pair_is_not_proposed_twice_while_pending() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);

            assertThatThrownBy(() -> mentoring.propose(ana.asSubject(), proposal.requestId(), offer.id()))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void strangers_find_neither_proposals_nor_relationships() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);
            MentoringProposal accepted = mentoring.answer(joao.asSubject(), proposal.id(), true, Optional.empty());

            assertThatThrownBy(() -> mentoring.proposal(stranger.asSubject(), proposal.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> mentoring.relationship(
                            stranger.asSubject(), accepted.relationshipId().orElseThrow()))
                    .isInstanceOf(ObjectNotFoundException.class);
            assertThatThrownBy(() -> mentoring.answer(stranger.asSubject(), proposal.id(), true, Optional.empty()))
                    .isInstanceOf(ObjectNotFoundException.class);
        }
    }

    @Nested
    class Expiry {

        @Test
        void an_unanswered_proposal_expires_the_request_returns_to_the_pool_and_both_are_told() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);
            assertThat(mentoring.proposalsDue(10)).isEmpty();

            world.clock.advance(InMemoryMentoring.TIME_TO_ANSWER);
            List<UUID> due = mentoring.proposalsDue(10);

            assertThat(due).containsExactly(proposal.id());
            assertThat(mentoring.expire(proposal.id())).isTrue();
            assertThat(mentoring.expire(proposal.id())).as("only once").isFalse();
            assertThat(mentoring.request(ana.asSubject(), proposal.requestId()).status())
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
            mentoring.expire(proposal.id());

            assertThat(mentoring.offer(ana.asSubject(), slow.id()).missedProposals())
                    .isEqualTo(1);
            assertThat(mentoring
                            .offers(ana.asSubject(), OfferFilter.all(), PageRequest.first(20))
                            .items())
                    .extracting(MentorOffer::id)
                    .containsExactly(quick.id(), slow.id());

            MentoringProposal next = proposedBy(stranger, slow);
            mentoring.answer(joao.asSubject(), next.id(), false, Optional.empty());
            MentorOffer active = mentoring.offer(ana.asSubject(), slow.id());
            assertThat(active.missedProposals()).isZero();
            assertThat(active.lastActiveAt()).isEqualTo(world.clock.instant());
        }

        @Test
        void a_mentee_who_lets_a_mentor_s_proposal_expire_costs_the_mentor_nothing() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringRequest request = mentoring.createRequest(ana.asSubject(), draft());
            MentoringProposal proposal = mentoring.propose(joao.asSubject(), request.id(), offer.id());
            world.clock.advance(InMemoryMentoring.TIME_TO_ANSWER.plusSeconds(1));

            mentoring.expire(proposal.id());

            assertThat(mentoring.offer(ana.asSubject(), offer.id()).missedProposals())
                    .isZero();
        }
    }

    @Nested
    class Relationships {

        private MentoringRelationship running() {
            MentorOffer offer = offerOf(joao, 1);
            MentoringProposal proposal = proposedBy(ana, offer);
            UUID id = mentoring
                    .answer(joao.asSubject(), proposal.id(), true, Optional.empty())
                    .relationshipId()
                    .orElseThrow();
            return mentoring.relationship(ana.asSubject(), id);
        }

        @Test
        void a_participant_pauses_resumes_and_completes_and_the_other_is_told_each_time() {
            MentoringRelationship relationship = running();

            mentoring.changeRelationship(
                    ana.asSubject(), relationship.id(), RelationshipStatus.PAUSED, Optional.empty(), false);
            mentoring.changeRelationship(
                    joao.asSubject(), relationship.id(), RelationshipStatus.ACTIVE, Optional.empty(), false);
            MentoringRelationship done = mentoring.changeRelationship(
                    joao.asSubject(), relationship.id(), RelationshipStatus.COMPLETED, Optional.empty(), false);

            assertThat(done.status()).isEqualTo(RelationshipStatus.COMPLETED);
            assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.RELATIONSHIP_PAUSED);
            assertThat(world.notifications.kindsFor(ana.id()))
                    .contains(NotificationKind.RELATIONSHIP_RESUMED, NotificationKind.RELATIONSHIP_COMPLETED);
            assertThat(mentoring
                            .offer(ana.asSubject(), relationship.offerId().orElseThrow())
                            .remainingCapacity())
                    .isEqualTo(1);
        }

        @Test
        void ending_early_can_reopen_the_mentee_s_request_for_a_new_match() {
            MentoringRelationship relationship = running();

            assertThatThrownBy(() -> mentoring.changeRelationship(
                            joao.asSubject(),
                            relationship.id(),
                            RelationshipStatus.ENDED_EARLY,
                            Optional.of("Moving"),
                            true))
                    .isInstanceOf(AccessDeniedException.class);
            mentoring.changeRelationship(
                    ana.asSubject(),
                    relationship.id(),
                    RelationshipStatus.ENDED_EARLY,
                    Optional.of("Different needs"),
                    true);

            MentoringRequest reopened =
                    mentoring.request(ana.asSubject(), relationship.requestId().orElseThrow());
            assertThat(reopened.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(reopened.isInPool()).isTrue();
            assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.RELATIONSHIP_ENDED_EARLY);
        }

        @Test
        void an_ended_relationship_changes_no_more() {
            MentoringRelationship relationship = running();
            mentoring.changeRelationship(
                    ana.asSubject(), relationship.id(), RelationshipStatus.COMPLETED, Optional.empty(), false);

            assertThatThrownBy(() -> mentoring.changeRelationship(
                            ana.asSubject(), relationship.id(), RelationshipStatus.ACTIVE, Optional.empty(), false))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("ended");
        }
    }

    @Nested
    class Notifications {

        @Test
        void are_the_recipient_s_alone_and_marked_read_once() {
            MentorOffer offer = offerOf(joao, 1);
            proposedBy(ana, offer);
            Notification received = world.notifications.allOf(joao.id()).getFirst();

            assertThatThrownBy(() -> world.inbox.markRead(ana.asSubject(), received.id()))
                    .isInstanceOf(ObjectNotFoundException.class);
            Notification read = world.inbox.markRead(joao.asSubject(), received.id());
            assertThat(read.readAt()).isPresent();
            assertThat(world.inbox.markRead(joao.asSubject(), received.id()).readAt())
                    .isEqualTo(read.readAt());
            assertThat(world.inbox
                            .notifications(joao.asSubject(), true, PageRequest.first(20))
                            .items())
                    .isEmpty();
        }
    }
}
