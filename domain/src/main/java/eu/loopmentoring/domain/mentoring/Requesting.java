package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentoring requests: a mentee asks for a mentor, in the pool or addressed to one offer (which
 * proposes the pair at once), and may withdraw the request. Mentors with an active offer browse
 * the pool. People only; who sees a request is {@link MentoringAccess}'s to say.
 */
public class Requesting {

    private final MentoringRequests requests;
    private final MentorOffers offers;
    private final MentoringProposals proposals;
    private final Notifications notifications;
    private final MenteeNeeds needs;
    private final Programmes programmes;
    private final MentoringAccess access;
    private final Proposing proposing;
    private final Clock clock;

    public Requesting(
            MentoringRequests requests,
            MentorOffers offers,
            MentoringProposals proposals,
            Notifications notifications,
            MenteeNeeds needs,
            Programmes programmes,
            MentoringAccess access,
            Proposing proposing,
            Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.proposals = proposals;
        this.notifications = notifications;
        this.needs = needs;
        this.programmes = programmes;
        this.access = access;
        this.proposing = proposing;
        this.clock = clock;
    }

    public MentoringRequest createRequest(Subject subject, RequestDraft draft) {
        Person mentee = access.caller(subject);
        Instant now = clock.instant();
        Optional<MentorOffer> chosen = draft.offerId().map(id -> access.offer(Access.person(subject), id));
        chosen.filter(o -> o.isOf(mentee.id())).ifPresent(o -> {
            throw new RuleViolationException("You cannot address a request to your own offer.");
        });
        if (draft.coalitionId()
                .filter(c -> !programmes.activeMember(c, mentee.id()))
                .isPresent()) {
            throw new RuleViolationException("A request belongs to a coalition's programme only when you are an active"
                    + " member of that coalition.");
        }
        RequestTerms terms = new RequestTerms(
                draft.needs().orElseGet(() -> needs.of(mentee.id())),
                draft.goals(),
                draft.languages(),
                draft.format(),
                draft.mode(),
                draft.region());
        MentoringRequest request = MentoringRequest.open(
                mentee.id(), mentee.displayName(), terms, draft.offerId(), draft.coalitionId(), now);
        requests.add(request);
        if (chosen.isEmpty()) {
            return request;
        }
        MentorOffer offer = offers.findLocked(chosen.get().id()).orElseThrow();
        MentoringRequest locked = requests.findLocked(request.id()).orElseThrow();
        return proposing.open(locked, offer, Side.MENTEE, now).request();
    }

    public MentoringRequest request(Subject subject, UUID id) {
        return access.request(Access.person(subject), id);
    }

    public Page<MentoringRequest> myRequests(Subject subject, Optional<RequestStatus> status, PageRequest page) {
        return requests.ofMentee(Access.person(subject).id(), status, page);
    }

    /** The pool of requests, for people with an active offer. */
    public Page<MentoringRequest> pool(Subject subject, PageRequest page) {
        PersonSubject person = Access.person(subject);
        if (access.activeOfferOf(person.id()).isEmpty()) {
            throw new AccessDeniedException("Open requests are for mentors: create a mentor offer, or resume your"
                    + " paused one, to browse them.");
        }
        return requests.inPool(person.id(), page);
    }

    /** The mentee withdraws their request; its pending proposals close and their mentors are told. */
    public MentoringRequest withdraw(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        MentoringRequest visible = access.request(person, id);
        if (!visible.isOf(person.id())) {
            throw new AccessDeniedException("Only the mentee may withdraw their request.");
        }
        Instant now = clock.instant();
        MentoringRequest request = requests.findLocked(id).orElseThrow(() -> notFound("mentoring request", id));
        MentoringRequest withdrawn = requests.update(request.withdrawn(now))
                .orElseThrow(() -> new StaleVersionException("mentoring request"));
        for (MentoringProposal pending : proposals.pendingOf(id)) {
            MentoringProposal closed = proposals.update(pending.closedBecause(ProposalStatus.WITHDRAWN, now));
            notifications.tell(closed, Side.MENTOR, NotificationKind.PROPOSAL_CLOSED, now);
        }
        return withdrawn;
    }
}
