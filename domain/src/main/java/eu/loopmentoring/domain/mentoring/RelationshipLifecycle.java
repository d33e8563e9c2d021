package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mentoring relationships as a whole: reading them, pausing, resuming and ending them, peer groups
 * and who takes part. People only; who sees a relationship is {@link MentoringAccess}'s to say.
 */
public class RelationshipLifecycle {

    private final MentoringRelationships relationships;
    private final MentoringRequests requests;
    private final Notifications notifications;
    private final PersonBlocks blocks;
    private final People people;
    private final MentoringAccess access;
    private final Clock clock;

    public RelationshipLifecycle(
            MentoringRelationships relationships,
            MentoringRequests requests,
            Notifications notifications,
            PersonBlocks blocks,
            People people,
            MentoringAccess access,
            Clock clock) {
        this.relationships = relationships;
        this.requests = requests;
        this.notifications = notifications;
        this.blocks = blocks;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /** Its participants and invitees, and the coordinators of its coalition (read only). */
    public MentoringRelationship relationship(Subject subject, UUID id) {
        return access.involvingOrCoordinated(Access.person(subject), id);
    }

    public Page<MentoringRelationship> relationships(
            Subject subject, Optional<RelationshipStatus> status, PageRequest page) {
        return relationships.involving(Access.person(subject).id(), status, page);
    }

    /** The relationships of a coalition's programme, for its coordinators; anyone else finds no coalition. */
    public Page<MentoringRelationship> programmeRelationships(
            Subject subject, UUID coalitionId, Optional<RelationshipStatus> status, PageRequest page) {
        if (!access.coordinates(coalitionId, Access.person(subject).id())) {
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
        MentoringRelationship current = locked(person, id);
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
        Instant now = clock.instant();
        MentoringRelationship changed = relationships.update(current.moveTo(target, reason, now));
        if (reopenRequest && changed.requestId().isPresent()) {
            requests.findLocked(changed.requestId().get())
                    .ifPresent(r -> requests.update(r.reopened(now))
                            .orElseThrow(() -> new StaleVersionException("mentoring request")));
        }
        NotificationKind kind = switch (target) {
            case ACTIVE -> NotificationKind.RELATIONSHIP_RESUMED;
            case PAUSED -> NotificationKind.RELATIONSHIP_PAUSED;
            case COMPLETED -> NotificationKind.RELATIONSHIP_COMPLETED;
            case ENDED_EARLY -> NotificationKind.RELATIONSHIP_ENDED_EARLY;
        };
        notifications.tellOthers(changed, person.id(), kind, now);
        askFeedback(changed, now);
        return changed;
    }

    /**
     * The caller creates a peer group and invites the others (each told PARTICIPANT_INVITED); it
     * runs from the start, and each invitee joins by accepting. People blocked either way with the
     * caller cannot be invited.
     */
    public MentoringRelationship createPeerGroup(Subject subject, List<UUID> inviteeIds) {
        Person creator = access.caller(subject);
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
        MentoringRelationship current = locked(person, id);
        Instant now = clock.instant();
        MentoringRelationship joined = relationships.update(current.join(person.id(), now));
        notifications.tellOthers(joined, person.id(), NotificationKind.PARTICIPANT_JOINED, now);
        return joined;
    }

    /**
     * A participant leaves a group or peer relationship (an invitee declines), or the group's mentor
     * removes a mentee, who frees their seat. The others are told; with fewer than two left it ends
     * early and they are asked for feedback.
     */
    public MentoringRelationship removeParticipant(Subject subject, UUID id, UUID personId, ExpectedVersion expected) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship current = locked(person, id);
        expected.check(current.version(), "mentoring relationship");
        Instant now = clock.instant();
        MentoringRelationship changed = relationships.update(current.remove(person.id(), personId, now));
        if (!person.id().equals(personId)) {
            notifications.add(Notification.about(changed, personId, NotificationKind.PARTICIPANT_LEFT, now));
        }
        NotificationKind kind = changed.status().isRunning()
                ? NotificationKind.PARTICIPANT_LEFT
                : NotificationKind.RELATIONSHIP_ENDED_EARLY;
        notifications.tellOthers(changed, person.id(), kind, now);
        askFeedback(changed, now);
        return changed;
    }

    /** The relationship, locked, if the caller takes part in it or is invited. */
    private MentoringRelationship locked(PersonSubject person, UUID id) {
        access.involving(person, id);
        return relationships.findLocked(id).orElseThrow(() -> notFound("mentoring relationship", id));
    }

    private void askFeedback(MentoringRelationship relationship, Instant now) {
        if (!relationship.status().isRunning()) {
            relationship
                    .members()
                    .forEach(p -> notifications.add(
                            Notification.about(relationship, p, NotificationKind.FEEDBACK_REQUESTED, now)));
        }
    }
}
