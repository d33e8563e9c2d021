package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.RequestStatus;
import eu.loopmentoring.domain.mentoring.RequestTerms;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link MentoringRequests} must do. The pool is everyone's: tests look only at their own requests in it. */
public abstract class MentoringRequestsContract extends PortContract {

    protected abstract MentoringRequests requests();

    protected abstract MentorOffers offers();

    private static final RequestTerms TERMS = new RequestTerms(
            Set.of("classroom-management"),
            "Keep a class of 28 working without shouting.",
            List.of("pt"),
            Optional.of(MentoringFormat.ONE_TO_ONE),
            Optional.of(MentoringMode.ONLINE),
            Optional.empty());

    protected MentoringRequest aRequest(Person mentee, Optional<UUID> addressedTo, Instant at) {
        MentoringRequest request =
                MentoringRequest.open(mentee.id(), mentee.displayName(), TERMS, addressedTo, Optional.empty(), at);
        requests().add(request);
        return request;
    }

    private MentoringRequest changed(MentoringRequest request, RequestStatus status) {
        return requests()
                .update(new MentoringRequest(
                        request.id(),
                        request.menteeId(),
                        request.menteeName(),
                        request.terms(),
                        request.addressedTo(),
                        request.coalitionId(),
                        status,
                        request.createdAt(),
                        T0.plusSeconds(3600),
                        request.version()))
                .orElseThrow();
    }

    private MentorOffer anOffer() {
        Person mentor = aPerson("Mentor");
        MentorOffer offer = MentorOffer.create(
                mentor.id(),
                mentor.displayName(),
                MentorOffersContract.terms("x", MentoringFormat.ONE_TO_ONE, "pt"),
                T0);
        offers().add(offer);
        return offer;
    }

    private static final Comparator<MentoringRequest> OLDEST_FIRST =
            Comparator.comparing(MentoringRequest::createdAt).thenComparing(r -> r.id().toString());

    @Test
    void aRequestIsReadBackAsItWasAdded() {
        MentorOffer offer = anOffer();
        MentoringRequest added = aRequest(aPerson("Ana"), Optional.of(offer.id()), T0);

        assertThat(requests().find(added.id())).contains(added);
        assertThat(requests().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        MentoringRequest request = aRequest(aPerson("Ana"), Optional.empty(), T0);

        MentoringRequest withdrawn = changed(request, RequestStatus.WITHDRAWN);

        assertThat(withdrawn.version()).isGreaterThan(request.version());
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.updatedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(requests().find(request.id())).contains(withdrawn);
        assertThat(requests().update(request)).isEmpty();
    }

    @Test
    void aMenteesRequestsAreNewestFirstInKeysetPagesAndNarrowedByStatus() {
        Person mentee = aPerson("Mentee");
        List<MentoringRequest> added = List.of(
                aRequest(mentee, Optional.empty(), T0.plusSeconds(20)),
                aRequest(mentee, Optional.empty(), T0),
                aRequest(mentee, Optional.empty(), T0.plusSeconds(10)),
                aRequest(mentee, Optional.empty(), T0.plusSeconds(10)),
                aRequest(mentee, Optional.empty(), T0.plusSeconds(30)));
        MentoringRequest withdrawn = changed(added.get(1), RequestStatus.WITHDRAWN);
        aRequest(aPerson("Other"), Optional.empty(), T0.plusSeconds(15));

        List<MentoringRequest> all = allPages(2, page -> requests().ofMentee(mentee.id(), Optional.empty(), page));

        assertThat(all)
                .extracting(MentoringRequest::id)
                .containsExactlyElementsOf(added.stream()
                        .sorted(OLDEST_FIRST.reversed())
                        .map(MentoringRequest::id)
                        .toList());
        assertThat(allPages(1, page -> requests().ofMentee(mentee.id(), Optional.of(RequestStatus.WITHDRAWN), page)))
                .containsExactly(withdrawn);
        assertThat(requests().allOf(mentee.id())).hasSize(5).contains(withdrawn);
    }

    @Test
    void thePoolHoldsOthersSeekingRequestsAddressedToNobodyOldestFirst() {
        Person viewer = aPerson("Viewer");
        Person mentee = aPerson("Mentee");
        MentoringRequest open = aRequest(mentee, Optional.empty(), T0.plusSeconds(2));
        MentoringRequest proposed =
                changed(aRequest(mentee, Optional.empty(), T0.plusSeconds(1)), RequestStatus.PROPOSED);
        MentoringRequest alsoOpen = aRequest(aPerson("Second mentee"), Optional.empty(), T0.plusSeconds(3));
        MentoringRequest addressed = aRequest(mentee, Optional.of(anOffer().id()), T0);
        MentoringRequest accepted = changed(aRequest(mentee, Optional.empty(), T0), RequestStatus.ACCEPTED);
        MentoringRequest viewersOwn = aRequest(viewer, Optional.empty(), T0);

        List<MentoringRequest> pool = allPages(2, page -> requests().inPool(viewer.id(), page));

        assertThat(pool).doesNotHaveDuplicates();
        assertThat(pool).isSortedAccordingTo(OLDEST_FIRST);
        assertThat(pool)
                .extracting(MentoringRequest::id)
                .contains(open.id(), proposed.id(), alsoOpen.id())
                .doesNotContain(addressed.id(), accepted.id(), viewersOwn.id());
        assertThat(requests().seeking())
                .extracting(MentoringRequest::id)
                .contains(open.id(), alsoOpen.id(), viewersOwn.id())
                .doesNotContain(proposed.id(), addressed.id(), accepted.id());
    }
}
