package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.addressedTo;
import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mentoring requests: in the pool or addressed to an offer, and withdrawn by their mentee. */
class RequestingTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Requesting requesting = world.requesting;
    private final Proposing proposing = world.proposing;
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
    void take_the_mentee_s_training_needs_from_their_profile_unless_they_say_otherwise() {
        MentoringRequest defaulted = requesting.createRequest(ana.asSubject(), draft());
        RequestDraft d = draft();
        MentoringRequest own = requesting.createRequest(
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

        MentoringRequest request = requesting.createRequest(ana.asSubject(), addressedTo(offer.id()));

        assertThat(request.status()).isEqualTo(RequestStatus.PROPOSED);
        assertThat(world.notifications.kindsFor(joao.id())).containsExactly(NotificationKind.PROPOSAL_RECEIVED);
        assertThat(requesting.request(joao.asSubject(), request.id()).id()).isEqualTo(request.id());
    }

    @Test
    void in_the_pool_are_browsed_by_mentors_with_an_active_offer_only() {
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
        offerOf(joao, 1);

        assertThat(requesting.pool(joao.asSubject(), PageRequest.first(20)).items())
                .extracting(MentoringRequest::id)
                .containsExactly(request.id());
        assertThatThrownBy(() -> requesting.pool(stranger.asSubject(), PageRequest.first(20)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("create a mentor offer");
        assertThatThrownBy(() -> requesting.request(stranger.asSubject(), request.id()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_mentor_offers_themselves_on_a_request_in_the_pool_and_the_mentee_answers() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());

        MentoringProposal proposal = proposing.propose(joao.asSubject(), request.id(), offer.id());

        assertThat(proposal.proposedBy()).isEqualTo(Side.MENTOR);
        assertThat(world.notifications.kindsFor(ana.id())).containsExactly(NotificationKind.PROPOSAL_RECEIVED);
        MentoringProposal accepted = proposing.answer(ana.asSubject(), proposal.id(), true, Optional.empty());
        assertThat(accepted.status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(requesting.request(ana.asSubject(), request.id()).status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void withdrawn_close_their_pending_proposals_and_tell_the_mentors() {
        MentorOffer offer = offerOf(joao, 1);
        MentoringProposal proposal = proposedBy(ana, offer);

        MentoringRequest withdrawn = requesting.withdraw(ana.asSubject(), proposal.requestId());

        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(proposing.proposal(joao.asSubject(), proposal.id()).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.PROPOSAL_CLOSED);
        assertThatThrownBy(() -> requesting.withdraw(joao.asSubject(), proposal.requestId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
