package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentor offers, mentoring requests, the proposals that pair them and the relationships made of
 * them. People only; API clients are refused.
 *
 * <p>Who sees what: everyone sees ACTIVE offers, a mentor also their own paused one. A request is
 * seen by its mentee; while it is in the pool, by everyone with an active offer (mentors browse
 * the pool and offer themselves); and by the mentor it is addressed or proposed to. Proposals and
 * relationships are seen by their two participants. Anything else does not exist for the caller.
 *
 * <p>Locks: every use case that may match a request takes the offer's lock, then the request's,
 * then re-reads the proposal; so the first acceptance wins, a request is never matched twice and an
 * offer never goes over its capacity, whatever runs at the same time.
 */
public class Mentoring {

    private final MentorOffers offers;
    private final MentoringRequests requests;
    private final MentoringProposals proposals;
    private final MentoringRelationships relationships;
    private final Notifications notifications;
    private final PersonBlocks blocks;
    private final People people;
    private final MenteeNeeds needs;
    private final Programmes programmes;
    private final Clock clock;
    private final Duration timeToAnswer;

    public Mentoring(
            MentorOffers offers,
            MentoringRequests requests,
            MentoringProposals proposals,
            MentoringRelationships relationships,
            Notifications notifications,
            PersonBlocks blocks,
            People people,
            MenteeNeeds needs,
            Programmes programmes,
            Clock clock,
            Duration timeToAnswer) {
        this.offers = offers;
        this.requests = requests;
        this.proposals = proposals;
        this.relationships = relationships;
        this.notifications = notifications;
        this.blocks = blocks;
        this.people = people;
        this.needs = needs;
        this.programmes = programmes;
        this.clock = clock;
        this.timeToAnswer = timeToAnswer;
    }

    // Offers

    public MentorOffer createOffer(Subject subject, OfferTerms terms) {
        Person mentor = caller(subject);
        MentorOffer offer = MentorOffer.create(mentor.id(), mentor.displayName(), terms, clock.instant());
        if (!offers.add(offer)) {
            throw new ConflictException(
                    "You already have a mentor offer: change it (PATCH) instead of creating" + " another one.");
        }
        return offer;
    }

    public MentorOffer offer(Subject subject, UUID id) {
        return visibleOffer(Access.person(subject), id);
    }

    public Page<MentorOffer> offers(Subject subject, OfferFilter filter, PageRequest page) {
        return offers.list(Access.person(subject).id(), filter, page);
    }

    /** The offer, if the caller may change it: their own. */
    public MentorOffer offerToChange(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        MentorOffer offer = visibleOffer(person, id);
        if (!offer.isOf(person.id())) {
            throw new AccessDeniedException("Only the mentor may change their offer.");
        }
        return offer;
    }

    public MentorOffer changeOffer(Subject subject, UUID id, long expectedVersion, OfferChanges changes) {
        MentorOffer offer = offerToChange(subject, id);
        if (offer.version() != expectedVersion) {
            throw new StaleVersionException("mentor offer");
        }
        return offers.update(offer.change(changes, clock.instant()))
                .orElseThrow(() -> new StaleVersionException("mentor offer"));
    }

    // Requests

    public MentoringRequest createRequest(Subject subject, RequestDraft draft) {
        Person mentee = caller(subject);
        Instant now = clock.instant();
        Optional<MentorOffer> chosen = draft.offerId().map(id -> visibleOffer(Access.person(subject), id));
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
        return open(locked, offer, Side.MENTEE, now).request();
    }

    public MentoringRequest request(Subject subject, UUID id) {
        return visibleRequest(Access.person(subject), id);
    }

    public Page<MentoringRequest> myRequests(Subject subject, Optional<RequestStatus> status, PageRequest page) {
        return requests.ofMentee(Access.person(subject).id(), status, page);
    }

    /** The pool of requests, for people with an active offer. */
    public Page<MentoringRequest> pool(Subject subject, PageRequest page) {
        PersonSubject person = Access.person(subject);
        if (activeOfferOf(person.id()).isEmpty()) {
            throw new AccessDeniedException("Open requests are for mentors: create a mentor offer, or resume your"
                    + " paused one, to browse them.");
        }
        return requests.inPool(person.id(), page);
    }

    /** The mentee withdraws their request; its pending proposals close and their mentors are told. */
    public MentoringRequest withdraw(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        MentoringRequest visible = visibleRequest(person, id);
        if (!visible.isOf(person.id())) {
            throw new AccessDeniedException("Only the mentee may withdraw their request.");
        }
        Instant now = clock.instant();
        MentoringRequest request = requests.findLocked(id).orElseThrow(() -> notFound("mentoring request", id));
        MentoringRequest withdrawn = save(request.withdrawn(now));
        for (MentoringProposal pending : proposals.pendingOf(id)) {
            MentoringProposal closed = proposals.update(pending.closedBecause(ProposalStatus.WITHDRAWN, now));
            notify(closed, Side.MENTOR, NotificationKind.PROPOSAL_CLOSED, now);
        }
        return withdrawn;
    }

    // Proposals

    /**
     * Pairs a request with an offer: the request's mentee choosing an offer, or the offer's mentor
     * offering themselves on a request in the pool (or addressed to them). The proposer accepts by
     * proposing; the other side is notified and answers.
     */
    public MentoringProposal propose(Subject subject, UUID requestId, UUID offerId) {
        PersonSubject person = Access.person(subject);
        MentoringRequest request = visibleRequest(person, requestId);
        MentorOffer offer = visibleOffer(person, offerId);
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
        notify(proposal, Side.MENTEE, NotificationKind.PROPOSAL_RECEIVED, now);
        notify(proposal, Side.MENTOR, NotificationKind.PROPOSAL_RECEIVED, now);
        return proposal;
    }

    public MentoringProposal proposal(Subject subject, UUID id) {
        return visibleProposal(Access.person(subject), id);
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
        MentoringProposal seen = visibleProposal(person, id);
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
            notify(declined, side.other(), NotificationKind.PROPOSAL_DECLINED, now);
            return declined;
        }
        MentoringProposal accepted = proposal.accept(side, now);
        if (!accepted.isAcceptedByBoth()) {
            MentoringProposal saved = proposals.update(accepted);
            notify(saved, side.other(), NotificationKind.PROPOSAL_RECEIVED, now);
            return saved;
        }
        MentoringRequest matched = request.accepted(now);
        offer.checkCapacity(relationships.countRunning(offer.id()));
        MentoringRelationship relationship = startOrJoin(accepted, matched, offer, now);
        MentoringProposal done = proposals.update(accepted.matched(relationship.id(), now));
        save(matched);
        for (MentoringProposal other : proposals.pendingOf(request.id())) {
            MentoringProposal closed = proposals.update(other.closedBecause(ProposalStatus.SUPERSEDED, now));
            notify(closed, closed.proposedBy().other(), NotificationKind.PROPOSAL_CLOSED, now);
            notify(closed, closed.proposedBy(), NotificationKind.PROPOSAL_CLOSED, now);
        }
        notify(done, Side.MENTEE, NotificationKind.PROPOSAL_ACCEPTED, now);
        notify(done, Side.MENTOR, NotificationKind.PROPOSAL_ACCEPTED, now);
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
        notify(expired, Side.MENTEE, NotificationKind.PROPOSAL_EXPIRED, now);
        notify(expired, Side.MENTOR, NotificationKind.PROPOSAL_EXPIRED, now);
        return true;
    }

    // Relationships

    /** Its participants and invitees, and the coordinators of its coalition (read only). */
    public MentoringRelationship relationship(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        return relationships
                .find(id)
                .filter(r -> r.involves(person.id()) || r.coordinatedBy(person.id(), programmes))
                .orElseThrow(() -> notFound("mentoring relationship", id));
    }

    public Page<MentoringRelationship> relationships(
            Subject subject, Optional<RelationshipStatus> status, PageRequest page) {
        return relationships.involving(Access.person(subject).id(), status, page);
    }

    /** The relationships of a coalition's programme, for its coordinators; anyone else finds no coalition. */
    public Page<MentoringRelationship> programmeRelationships(
            Subject subject, UUID coalitionId, Optional<RelationshipStatus> status, PageRequest page) {
        if (!programmes.coordinates(coalitionId, Access.person(subject).id())) {
            throw new ObjectNotFoundException("coalition", coalitionId);
        }
        return relationships.inCoalition(coalitionId, status, page);
    }

    /**
     * A participant pauses, resumes, completes or ends the relationship early; the other is told.
     * Ending early with {@code reopenRequest} returns the mentee's request to the pool (the mentee's
     * choice: only they may ask for it). Once it ends, both are asked for their feedback.
     */
    public MentoringRelationship changeRelationship(
            Subject subject, UUID id, RelationshipStatus target, Optional<String> reason, boolean reopenRequest) {
        PersonSubject person = Access.person(subject);
        visibleRelationship(person, id);
        Instant now = clock.instant();
        MentoringRelationship current =
                relationships.findLocked(id).orElseThrow(() -> notFound("mentoring relationship", id));
        if (!current.isMember(person.id())) {
            throw new RuleViolationException("Join this peer group first (POST .../participation).");
        }
        if (current.format() == MentoringFormat.GROUP
                && current.sideOf(person.id()).filter(Side.MENTOR::equals).isEmpty()) {
            throw new RuleViolationException("In a group only the mentor pauses, resumes or ends it; a mentee"
                    + " leaves it instead (DELETE .../participants/{personId}).");
        }
        if (reopenRequest) {
            if (target != RelationshipStatus.ENDED_EARLY) {
                throw new RuleViolationException(
                        "reopenRequest applies only when the relationship ends early (ENDED_EARLY).");
            }
            if (current.menteeId().filter(person.id()::equals).isEmpty()) {
                throw new AccessDeniedException("Only the mentee may reopen their request for a new match.");
            }
        }
        MentoringRelationship changed = relationships.update(current.moveTo(target, reason, now));
        if (reopenRequest && changed.requestId().isPresent()) {
            requests.findLocked(changed.requestId().get()).ifPresent(r -> save(r.reopened(now)));
        }
        NotificationKind kind = switch (target) {
            case ACTIVE -> NotificationKind.RELATIONSHIP_RESUMED;
            case PAUSED -> NotificationKind.RELATIONSHIP_PAUSED;
            case COMPLETED -> NotificationKind.RELATIONSHIP_COMPLETED;
            case ENDED_EARLY -> NotificationKind.RELATIONSHIP_ENDED_EARLY;
        };
        tellOthers(changed, person.id(), kind, now);
        askFeedback(changed, now);
        return changed;
    }

    /**
     * The caller creates a peer group and invites the others (each told PARTICIPANT_INVITED); it
     * runs from the start, and each invitee joins by accepting. People blocked either way with the
     * caller cannot be invited.
     */
    public MentoringRelationship createPeerGroup(Subject subject, List<UUID> inviteeIds) {
        Person creator = caller(subject);
        Instant now = clock.instant();
        Map<UUID, Optional<String>> invitees = new LinkedHashMap<>();
        for (UUID invitee : inviteeIds) {
            Person other = people.find(invitee)
                    .filter(p -> !blocks.between(creator.id(), p.id()))
                    .orElseThrow(() ->
                            new RuleViolationException("Person " + invitee + " cannot be invited: check the id."));
            invitees.put(other.id(), Optional.of(other.displayName()));
        }
        MentoringRelationship group =
                MentoringRelationship.peerGroup(creator.id(), Optional.of(creator.displayName()), invitees, now);
        relationships.add(group);
        invitees.keySet()
                .forEach(i ->
                        notifications.add(Notification.about(group, i, NotificationKind.PARTICIPANT_INVITED, now)));
        return group;
    }

    /** An invited peer accepts and joins; the members are told. */
    public MentoringRelationship join(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        visibleRelationship(person, id);
        Instant now = clock.instant();
        MentoringRelationship current =
                relationships.findLocked(id).orElseThrow(() -> notFound("mentoring relationship", id));
        MentoringRelationship joined = relationships.update(current.join(person.id(), now));
        tellOthers(joined, person.id(), NotificationKind.PARTICIPANT_JOINED, now);
        return joined;
    }

    /**
     * A participant leaves a group or peer relationship (an invitee declines), or the group's mentor
     * removes a mentee, who frees their seat. The others are told; with fewer than two left it ends
     * early and they are asked for feedback.
     */
    public MentoringRelationship removeParticipant(Subject subject, UUID id, UUID personId, long expectedVersion) {
        PersonSubject person = Access.person(subject);
        visibleRelationship(person, id);
        Instant now = clock.instant();
        MentoringRelationship current =
                relationships.findLocked(id).orElseThrow(() -> notFound("mentoring relationship", id));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("mentoring relationship");
        }
        MentoringRelationship changed = relationships.update(current.remove(person.id(), personId, now));
        if (!person.id().equals(personId)) {
            notifications.add(Notification.about(changed, personId, NotificationKind.PARTICIPANT_LEFT, now));
        }
        NotificationKind kind = changed.status().isRunning()
                ? NotificationKind.PARTICIPANT_LEFT
                : NotificationKind.RELATIONSHIP_ENDED_EARLY;
        tellOthers(changed, person.id(), kind, now);
        askFeedback(changed, now);
        return changed;
    }

    private void tellOthers(MentoringRelationship relationship, UUID person, NotificationKind kind, Instant now) {
        relationship
                .othersThan(person)
                .forEach(other -> notifications.add(Notification.about(relationship, other, kind, now)));
    }

    private void askFeedback(MentoringRelationship relationship, Instant now) {
        if (!relationship.status().isRunning()) {
            relationship
                    .members()
                    .forEach(p -> notifications.add(
                            Notification.about(relationship, p, NotificationKind.FEEDBACK_REQUESTED, now)));
        }
    }

    /** Everything of the caller's mentoring, for their export. */
    public MentoringRecords mine(Subject subject) {
        UUID me = Access.person(subject).id();
        return new MentoringRecords(
                offers.ofMentor(me), requests.allOf(me), proposals.allInvolving(me), relationships.allInvolving(me));
    }

    // Shared steps

    private record Opened(MentoringRequest request, MentoringProposal proposal) {}

    /** Opens a proposal on locked rows and tells the side that has to answer. */
    private Opened open(MentoringRequest request, MentorOffer offer, Side proposer, Instant now) {
        if (blocks.between(request.menteeId(), offer.mentorId())) {
            throw new RuleViolationException("This mentee and this mentor cannot be paired.");
        }
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
        notify(proposal, proposer.other(), NotificationKind.PROPOSAL_RECEIVED, now);
        return new Opened(proposed, proposal);
    }

    private void notify(MentoringProposal proposal, Side side, NotificationKind kind, Instant now) {
        notifications.add(Notification.about(proposal, proposal.personOn(side), kind, now));
    }

    private MentoringRequest save(MentoringRequest request) {
        return requests.update(request).orElseThrow(() -> new StaleVersionException("mentoring request"));
    }

    private MentorOffer saveOffer(MentorOffer offer) {
        return offers.update(offer).orElseThrow(() -> new StaleVersionException("mentor offer"));
    }

    private Optional<MentorOffer> activeOfferOf(UUID person) {
        return offers.ofMentor(person).filter(MentorOffer::isActive);
    }

    private MentorOffer visibleOffer(PersonSubject person, UUID id) {
        return offers.find(id)
                .filter(o -> o.isActive() || o.isOf(person.id()))
                .orElseThrow(() -> notFound("mentor offer", id));
    }

    private MentoringRequest visibleRequest(PersonSubject person, UUID id) {
        return requests.find(id)
                .filter(r -> r.isOf(person.id()) || seesAsMentor(person.id(), r))
                .orElseThrow(() -> notFound("mentoring request", id));
    }

    /** A mentor sees a request in the pool (with an active offer), or one addressed or proposed to their offer. */
    private boolean seesAsMentor(UUID person, MentoringRequest request) {
        Optional<MentorOffer> own = offers.ofMentor(person);
        if (own.isEmpty()) {
            return false;
        }
        UUID offerId = own.get().id();
        return (request.isInPool() && own.get().isActive())
                || request.addressedTo().filter(offerId::equals).isPresent()
                || proposals.exists(request.id(), offerId);
    }

    private MentoringProposal visibleProposal(PersonSubject person, UUID id) {
        return proposals
                .find(id)
                .filter(p -> p.sideOf(person.id()).isPresent())
                .orElseThrow(() -> notFound("mentoring proposal", id));
    }

    private MentoringRelationship visibleRelationship(PersonSubject person, UUID id) {
        return relationships
                .find(id)
                .filter(r -> r.involves(person.id()))
                .orElseThrow(() -> notFound("mentoring relationship", id));
    }

    private Person caller(Subject subject) {
        UUID id = Access.person(subject).id();
        return people.find(id).orElseThrow(() -> notFound("person", id));
    }

    private static ObjectNotFoundException notFound(String kind, UUID id) {
        return new ObjectNotFoundException(kind, id);
    }
}
