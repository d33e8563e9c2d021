package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The proposals that pair a request with an offer, and the relationships their acceptance makes.
 * People only; who sees a proposal is {@link MentoringAccess}'s to say.
 *
 * <p>Locks: every use case that may match a request takes the offer's lock, then the request's,
 * then re-reads the proposal; so the first acceptance wins, a request is never matched twice and an
 * offer never goes over its capacity, whatever runs at the same time.
 */
public class Proposing {

    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final MentoringProposals proposals;
    private final MentoringRelationships relationships;
    private final Notifications notifications;
    private final PersonBlocks blocks;
    private final MentoringAccess access;
    private final Clock clock;
    private final Duration timeToAnswer;

    public Proposing(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            Notifications notifications,
            PersonBlocks blocks,
            MentoringAccess access,
            Clock clock,
            Duration timeToAnswer) {
        this.offers = offers;
        this.requests = requests;
        this.proposals = proposals;
        this.relationships = relationships;
        this.notifications = notifications;
        this.blocks = blocks;
        this.access = access;
        this.clock = clock;
        this.timeToAnswer = timeToAnswer;
    }

    /**
     * Pairs a request with an offer: the request's mentee choosing an offer, or the offer's mentor
     * offering themselves on a request in the pool (or addressed to them). The proposer accepts by
     * proposing; the other side is notified and answers.
     */
    public MentoringProposal propose(Subject subject, UUID requestId, UUID offerId) {
        PersonSubject person = Access.person(subject);
        MentoringRequest request = access.request(person, requestId);
        MentorOffer offer = access.offer(person, offerId);
        Side side;
        if (request.isOf(person.id())) {
            side = Side.MENTEE;
            if (offer.isOf(person.id())) {
                throw new RuleViolationException("You cannot propose your own offer for your own request.");
            }
        } else if (offer.isOf(person.id())) {
            side = Side.MENTOR;
        } else {
            throw new AccessDeniedException("Only the request's mentee or the offer's mentor may propose this pair.");
        }
        Instant now = clock.instant();
        MentorOffer lockedOffer = offers.findLocked(offerId).orElseThrow(() -> notFound("mentor offer", offerId));
        MentoringRequest lockedRequest =
                requests.findLocked(requestId).orElseThrow(() -> notFound("mentoring request", requestId));
        return open(lockedRequest, side == Side.MENTOR ? lockedOffer.touched(now) : lockedOffer, side, now)
                .proposal();
    }

    /**
     * Turns a pair of a published matching run into a proposal both sides are asked to accept, if
     * it still holds now, on the rows locked in the usual order (offer, then request): the offer
     * ACTIVE with a place left beyond the {@code alreadyProposed} pairs of the same publication, the
     * request still OPEN, and neither person having blocked the other. Otherwise a {@link
     * RuleViolationException} says why, and nothing changed. Acceptance re-checks capacity, as always.
     */
    public MentoringProposal proposeFromRun(UUID requestId, UUID offerId, int alreadyProposed) {
        Instant now = clock.instant();
        MentorOffer offer = offers.findLocked(offerId)
                .orElseThrow(() -> new RuleViolationException("The mentor offer no longer exists."));
        MentoringRequest request = requests.findLocked(requestId)
                .orElseThrow(() -> new RuleViolationException("The request no longer exists."));
        if (request.status() != RequestStatus.OPEN) {
            throw new RuleViolationException("The request is " + request.status() + " now, no longer OPEN.");
        }
        if (blocks.between(request.menteeId(), offer.mentorId())) {
            throw new RuleViolationException("One of the two has blocked the other since the run.");
        }
        checkNotMentoredAlready(request, offer);
        if (!offer.isActive()) {
            throw new RuleViolationException("The mentor offer is paused now.");
        }
        int running = relationships.countRunning(offer.id());
        if (running + alreadyProposed >= offer.terms().capacity()) {
            throw new RuleViolationException("The mentor offer has no place left now: " + running
                    + " running relationships and " + alreadyProposed + " proposals of this run for "
                    + offer.terms().capacity() + " places.");
        }
        MentoringRequest proposed = save(request.proposed(offer.id(), now));
        MentoringProposal proposal = MentoringProposal.fromRun(proposed, offer, now, timeToAnswer);
        if (!proposals.add(proposal)) {
            throw new RuleViolationException("This request and this offer already have a pending proposal.");
        }
        notifications.tell(proposal, Side.MENTEE, NotificationKind.PROPOSAL_RECEIVED, now);
        notifications.tell(proposal, Side.MENTOR, NotificationKind.PROPOSAL_RECEIVED, now);
        return proposal;
    }

    public MentoringProposal proposal(Subject subject, UUID id) {
        return access.proposal(Access.person(subject), id);
    }

    public Page<MentoringProposal> proposals(Subject subject, Optional<ProposalStatus> status, PageRequest page) {
        return proposals.involving(Access.person(subject).id(), status, page);
    }

    /**
     * The caller answers a pending proposal. The acceptance that completes the pair creates the
     * relationship, marks the request ACCEPTED and closes the request's other proposals; a later
     * one, or one the offer's capacity no longer admits, is refused.
     */
    public MentoringProposal answer(Subject subject, UUID id, boolean accept, Optional<String> reason) {
        PersonSubject person = Access.person(subject);
        MentoringProposal seen = access.proposal(person, id);
        Side side = seen.sideOf(person.id()).orElseThrow();
        Instant now = clock.instant();
        MentorOffer offer = offers.findLocked(seen.offerId()).orElseThrow(() -> notFound("mentoring proposal", id));
        MentoringRequest request =
                requests.findLocked(seen.requestId()).orElseThrow(() -> notFound("mentoring proposal", id));
        MentoringProposal proposal = proposals.findLocked(id).orElseThrow(() -> notFound("mentoring proposal", id));
        if (side == Side.MENTOR) {
            offer = saveOffer(offer.touched(now));
        }
        if (!accept) {
            MentoringProposal declined = proposals.update(proposal.decline(side, reason, now));
            save(request.proposalEnded(
                    ProposalStatus.DECLINED, !proposals.pendingOf(request.id()).isEmpty(), now));
            notifications.tell(declined, side.other(), NotificationKind.PROPOSAL_DECLINED, now);
            return declined;
        }
        MentoringProposal accepted = proposal.accept(side, now);
        if (!accepted.isAcceptedByBoth()) {
            MentoringProposal saved = proposals.update(accepted);
            notifications.tell(saved, side.other(), NotificationKind.PROPOSAL_RECEIVED, now);
            return saved;
        }
        MentoringRequest matched = request.accepted(now);
        offer.checkCapacity(relationships.countRunning(offer.id()));
        MentoringRelationship relationship = startOrJoin(accepted, matched, offer, now);
        MentoringProposal done = proposals.update(accepted.matched(relationship.id(), now));
        save(matched);
        for (MentoringProposal other : proposals.pendingOf(request.id())) {
            MentoringProposal closed = proposals.update(other.closedBecause(ProposalStatus.SUPERSEDED, now));
            notifications.tell(closed, closed.proposedBy().other(), NotificationKind.PROPOSAL_CLOSED, now);
            notifications.tell(closed, closed.proposedBy(), NotificationKind.PROPOSAL_CLOSED, now);
        }
        notifications.tell(done, Side.MENTEE, NotificationKind.PROPOSAL_ACCEPTED, now);
        notifications.tell(done, Side.MENTOR, NotificationKind.PROPOSAL_ACCEPTED, now);
        return done;
    }

    /**
     * A one-to-one relationship starts; in GROUP format the mentee takes a seat in the offer's running
     * group (under the offer's lock, so that two acceptances never start two groups), whose members
     * are told.
     */
    private MentoringRelationship startOrJoin(
            MentoringProposal proposal, MentoringRequest request, MentorOffer offer, Instant now) {
        if (MentoringRelationship.formatOf(request, offer) == MentoringFormat.GROUP) {
            Optional<MentoringRelationship> group = relationships.runningGroupOf(offer.id());
            if (group.isPresent()) {
                MentoringRelationship joined = relationships.update(
                        group.get().withMentee(proposal.menteeId(), request.menteeName(), request.id(), now));
                joined.othersThan(proposal.menteeId()).stream()
                        .filter(p -> !p.equals(proposal.mentorId()))
                        .forEach(p -> notifications.add(
                                Notification.about(joined, p, NotificationKind.PARTICIPANT_JOINED, now)));
                return joined;
            }
        }
        MentoringRelationship started = MentoringRelationship.start(proposal, request, offer, now);
        relationships.add(started);
        return started;
    }

    /** Ids of proposals past their time to answer, for the expiry job. */
    public List<UUID> proposalsDue(int limit) {
        return proposals.due(clock.instant(), limit);
    }

    /**
     * Expires one proposal if it is still pending past its time: its request returns to the pool,
     * both sides are told, and a mentor who let it expire ranks lower until they act again. False
     * when someone answered it first (another instance's job, say).
     */
    public boolean expire(UUID proposalId) {
        Instant now = clock.instant();
        Optional<MentoringProposal> seen = proposals.find(proposalId);
        if (seen.isEmpty() || !seen.get().isDue(now)) {
            return false;
        }
        MentorOffer offer = offers.findLocked(seen.get().offerId()).orElseThrow();
        MentoringRequest request = requests.findLocked(seen.get().requestId()).orElseThrow();
        MentoringProposal proposal = proposals.findLocked(proposalId).orElseThrow();
        if (!proposal.isDue(now)) {
            return false;
        }
        if (proposal.awaiting() == Side.MENTOR) {
            saveOffer(offer.missedProposal());
        }
        MentoringProposal expired = proposals.update(proposal.expire(now));
        save(request.proposalEnded(
                ProposalStatus.EXPIRED, !proposals.pendingOf(request.id()).isEmpty(), now));
        notifications.tell(expired, Side.MENTEE, NotificationKind.PROPOSAL_EXPIRED, now);
        notifications.tell(expired, Side.MENTOR, NotificationKind.PROPOSAL_EXPIRED, now);
        return true;
    }

    record Opened(MentoringRequest request, MentoringProposal proposal) {}

    /** Opens a proposal on locked rows and tells the side that has to answer. */
    Opened open(MentoringRequest request, MentorOffer offer, Side proposer, Instant now) {
        if (blocks.between(request.menteeId(), offer.mentorId())) {
            throw new RuleViolationException("This mentee and this mentor cannot be paired.");
        }
        checkNotMentoredAlready(request, offer);
        offer.checkOpenForProposals(relationships.countRunning(offer.id()));
        MentoringRequest proposed = save(request.proposed(offer.id(), now));
        if (proposer == Side.MENTOR) {
            saveOffer(offer);
        }
        MentoringProposal proposal = MentoringProposal.open(proposed, offer, proposer, now, timeToAnswer);
        if (!proposals.add(proposal)) {
            throw new ConflictException("This request and this offer already have a pending proposal; answer it"
                    + " instead of proposing again.");
        }
        notifications.tell(proposal, proposer.other(), NotificationKind.PROPOSAL_RECEIVED, now);
        return new Opened(proposed, proposal);
    }

    /** A mentee and the mentor they already have in a running relationship are not paired again. */
    private void checkNotMentoredAlready(MentoringRequest request, MentorOffer offer) {
        relationships.allInvolving(request.menteeId()).stream()
                .filter(r -> r.mentors(offer.mentorId(), request.menteeId()))
                .findFirst()
                .ifPresent(r -> {
                    throw new RuleViolationException("This mentee already works with this mentor in a running "
                            + r.format() + " relationship (" + r.id() + "): set goals and sessions there rather"
                            + " than start a second one.");
                });
    }

    private MentoringRequest save(MentoringRequest request) {
        return requests.update(request).orElseThrow(() -> new StaleVersionException("mentoring request"));
    }

    private MentorOffer saveOffer(MentorOffer offer) {
        return offers.update(offer).orElseThrow(() -> new StaleVersionException("mentor offer"));
    }
}
