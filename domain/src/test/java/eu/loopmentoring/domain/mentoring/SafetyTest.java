package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.draft;
import static eu.loopmentoring.domain.mentoring.InMemoryMentoringFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafetyTest {

    private final InMemoryMentoring world = new InMemoryMentoring();
    private final Offering offering = world.offering;
    private final Requesting requesting = world.requesting;
    private final Proposing proposing = world.proposing;
    private final Safety safety = world.safety;
    private final Person joao = world.people.register("João Silva");
    private final Person ana = world.people.register("Ana Costa");
    private final Person moderator = world.people.register("Moderator", PlatformRole.MODERATOR);

    @Test
    void a_blocked_pair_cannot_be_proposed_whoever_blocked_whom() {
        MentorOffer offer = offering.createOffer(joao.asSubject(), terms(2));
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
        safety.block(joao.asSubject(), ana.id());

        assertThatThrownBy(() -> proposing.propose(ana.asSubject(), request.id(), offer.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This mentee and this mentor cannot be paired.");
        assertThatThrownBy(() -> proposing.propose(joao.asSubject(), request.id(), offer.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This mentee and this mentor cannot be paired.");
    }

    @Test
    void blocking_withdraws_pending_proposals_between_the_two_and_returns_the_request_to_the_pool() {
        MentorOffer offer = offering.createOffer(joao.asSubject(), terms(2));
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
        MentoringProposal proposal = proposing.propose(ana.asSubject(), request.id(), offer.id());

        safety.block(ana.asSubject(), joao.id());

        assertThat(world.proposals.find(proposal.id()).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(world.requests.find(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.OPEN);
        assertThat(world.notifications.kindsFor(joao.id())).contains(NotificationKind.PROPOSAL_CLOSED);
    }

    @Test
    void a_person_blocks_someone_once_and_can_unblock_them() {
        safety.block(ana.asSubject(), joao.id());

        assertThatThrownBy(() -> safety.block(ana.asSubject(), joao.id())).isInstanceOf(ConflictException.class);
        safety.unblock(ana.asSubject(), joao.id());
        assertThat(safety.blocks(ana.asSubject(), PageRequest.first(10)).items())
                .isEmpty();
        assertThatThrownBy(() -> safety.unblock(ana.asSubject(), joao.id()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> safety.block(ana.asSubject(), ana.id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_report_reaches_every_moderator_and_only_moderators_list_and_resolve_reports() {
        PersonReport report =
                safety.report(ana.asSubject(), joao.id(), ReportCategory.HARASSMENT, "Rude messages", Optional.empty());

        assertThat(world.notifications.kindsFor(moderator.id())).containsExactly(NotificationKind.REPORT_RECEIVED);
        assertThatThrownBy(() -> safety.reports(ana.asSubject(), true, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(safety.reports(moderator.asSubject(), true, PageRequest.first(10))
                        .items())
                .extracting(PersonReport::id)
                .containsExactly(report.id());

        PersonReport resolved =
                safety.resolve(moderator.asSubject(), report.id(), ReportOutcome.ACTION_TAKEN, "Warned him.");

        assertThat(resolved.isOpen()).isFalse();
        assertThat(safety.reports(moderator.asSubject(), true, PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> safety.resolve(moderator.asSubject(), report.id(), ReportOutcome.NO_ACTION, "Again"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_report_about_a_relationship_needs_both_people_in_it() {
        Person stranger = world.people.register("A stranger");
        MentorOffer offer = offering.createOffer(joao.asSubject(), terms(2));
        MentoringRequest request = requesting.createRequest(ana.asSubject(), draft());
        MentoringProposal proposal = proposing.propose(ana.asSubject(), request.id(), offer.id());
        MentoringProposal done = proposing.answer(joao.asSubject(), proposal.id(), true, Optional.empty());

        assertThatThrownBy(() -> safety.report(
                        stranger.asSubject(), joao.id(), ReportCategory.OTHER, "Something", done.relationshipId()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> safety.report(
                        ana.asSubject(), stranger.id(), ReportCategory.OTHER, "Something", done.relationshipId()))
                .isInstanceOf(RuleViolationException.class);
    }
}
