package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringProposals;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.RequestTerms;
import eu.loopmentoring.domain.mentoring.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link MentoringProposals} must do. */
public abstract class MentoringProposalsContract extends PortContract {

    private static final Duration WEEK = Duration.ofDays(7);

    protected abstract MentoringProposals proposals();

    protected abstract MentoringRequests requests();

    protected abstract MentorOffers offers();

    private MentorOffer anOffer(Person mentor) {
        MentorOffer offer = MentorOffer.create(
                mentor.id(),
                mentor.displayName(),
                MentorOffersContract.terms("x", MentoringFormat.ONE_TO_ONE, "pt"),
                T0);
        assertThat(offers().add(offer)).isTrue();
        return offer;
    }

    private MentoringRequest aRequest(Person mentee) {
        MentoringRequest request = MentoringRequest.open(
                mentee.id(),
                mentee.displayName(),
                new RequestTerms(
                        Set.of(),
                        "Goals",
                        List.of("pt"),
                        Optional.empty(),
                        Optional.of(MentoringMode.ONLINE),
                        Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                T0);
        requests().add(request);
        return request;
    }

    private MentoringProposal proposed(MentoringRequest request, MentorOffer offer, Instant at) {
        MentoringProposal proposal = MentoringProposal.open(request, offer, Side.MENTEE, at, WEEK);
        assertThat(proposals().add(proposal)).isTrue();
        return proposals().find(proposal.id()).orElseThrow();
    }

    private static final Comparator<MentoringProposal> OLDEST_FIRST =
            Comparator.comparing(MentoringProposal::createdAt).thenComparing(p -> p.id().toString());

    @Test
    void aProposalIsReadBackAndItsChangesKept() {
        MentoringRequest request = aRequest(aPerson("Mentee"));
        MentorOffer offer = anOffer(aPerson("Mentor"));
        MentoringProposal added = MentoringProposal.open(request, offer, Side.MENTEE, T0, WEEK);

        assertThat(proposals().add(added)).isTrue();
        assertThat(proposals().find(added.id())).contains(added);
        assertThat(proposals().find(UUID.randomUUID())).isEmpty();

        MentoringProposal declined =
                proposals().update(added.decline(Side.MENTOR, Optional.of("No time this term"), T0.plusSeconds(60)));

        assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(proposals().find(added.id())).contains(declined);
    }

    @Test
    void aRequestAndAnOfferHaveOnePendingProposalAtATime() {
        MentoringRequest request = aRequest(aPerson("Mentee"));
        MentorOffer offer = anOffer(aPerson("Mentor"));
        MentoringProposal first = proposed(request, offer, T0);

        assertThat(proposals().add(MentoringProposal.open(request, offer, Side.MENTOR, T0, WEEK)))
                .isFalse();
        assertThat(proposals().exists(request.id(), offer.id())).isTrue();
        assertThat(proposals().exists(request.id(), UUID.randomUUID())).isFalse();

        proposals().update(first.closedBecause(ProposalStatus.WITHDRAWN, T0.plusSeconds(1)));

        assertThat(proposals().add(MentoringProposal.open(request, offer, Side.MENTOR, T0, WEEK)))
                .as("once the first is closed")
                .isTrue();
    }

    @Test
    void pendingProposalsAreFoundByRequestAndBetweenTwoPeopleEitherWayRound() {
        Person mentee = aPerson("Mentee");
        Person mentor = aPerson("Mentor");
        MentoringRequest request = aRequest(mentee);
        MentorOffer offer = anOffer(mentor);
        MentorOffer otherOffer = anOffer(aPerson("Other mentor"));
        MentoringProposal later = proposed(request, otherOffer, T0.plusSeconds(5));
        MentoringProposal earlier = proposed(request, offer, T0);
        MentoringProposal closed = proposed(aRequest(mentee), offer, T0);
        proposals().update(closed.closedBecause(ProposalStatus.SUPERSEDED, T0.plusSeconds(1)));

        assertThat(proposals().pendingOf(request.id())).containsExactly(earlier, later);
        assertThat(proposals().pendingBetween(mentee.id(), mentor.id())).containsExactly(earlier);
        assertThat(proposals().pendingBetween(mentor.id(), mentee.id())).containsExactly(earlier);
        assertThat(proposals().pendingOf(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aPersonsProposalsAreNewestFirstInKeysetPagesOnEitherSideAndNarrowedByStatus() {
        Person person = aPerson("Both sides");
        MentorOffer own = anOffer(person);
        List<MentoringProposal> added = List.of(
                proposed(aRequest(person), anOffer(aPerson("M1")), T0.plusSeconds(3)),
                proposed(aRequest(aPerson("Mentee 1")), own, T0.plusSeconds(1)),
                proposed(aRequest(person), anOffer(aPerson("M2")), T0.plusSeconds(2)),
                proposed(aRequest(aPerson("Mentee 2")), own, T0.plusSeconds(2)),
                proposed(aRequest(person), anOffer(aPerson("M3")), T0));
        MentoringProposal withdrawn =
                proposals().update(added.get(4).closedBecause(ProposalStatus.WITHDRAWN, T0.plusSeconds(9)));
        proposed(aRequest(aPerson("Stranger")), anOffer(aPerson("Stranger's mentor")), T0);

        List<MentoringProposal> involving =
                allPages(2, page -> proposals().involving(person.id(), Optional.empty(), page));

        assertThat(involving)
                .extracting(MentoringProposal::id)
                .containsExactlyElementsOf(added.stream()
                        .sorted(OLDEST_FIRST.reversed())
                        .map(MentoringProposal::id)
                        .toList());
        assertThat(allPages(1, page -> proposals().involving(person.id(), Optional.of(ProposalStatus.WITHDRAWN), page)))
                .containsExactly(withdrawn);
        assertThat(proposals().allInvolving(person.id())).hasSize(5).contains(withdrawn);
    }

    @Test
    void dueProposalsArePendingOnesPastTheirTimeSoonestExpiredFirst() {
        Instant base = T0.minus(Duration.ofDays(400));
        MentoringProposal second =
                proposed(aRequest(aPerson("Mentee")), anOffer(aPerson("Mentor")), base.plusSeconds(20));
        MentoringProposal first =
                proposed(aRequest(aPerson("Mentee")), anOffer(aPerson("Mentor")), base.plusSeconds(10));
        MentoringProposal notYet =
                proposed(aRequest(aPerson("Mentee")), anOffer(aPerson("Mentor")), base.plusSeconds(40));
        MentoringProposal closed = proposed(aRequest(aPerson("Mentee")), anOffer(aPerson("Mentor")), base);
        proposals().update(closed.closedBecause(ProposalStatus.WITHDRAWN, base));
        Instant now = base.plus(WEEK).plusSeconds(30);

        List<UUID> due = proposals().due(now, 1000);

        assertThat(due.stream().filter(List.of(first.id(), second.id(), notYet.id(), closed.id())::contains))
                .containsExactly(first.id(), second.id());
        assertThat(proposals().due(now, 1)).hasSize(1);
    }
}
