package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A relationship's sessions with their shared notes, seen and changed by its members only, and each
 * member's private note on a session, which only its author ever reads. People only.
 */
public class SessionWork {

    private final MentoringSessions sessions;
    private final Notifications notifications;
    private final MentoringAccess access;
    private final Clock clock;

    public SessionWork(MentoringSessions sessions, Notifications notifications, MentoringAccess access, Clock clock) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
    }

    public Page<MentoringSession> sessions(Subject subject, UUID relationshipId, PageRequest page) {
        access.ofMember(Access.person(subject), relationshipId);
        return sessions.of(relationshipId, page);
    }

    public MentoringSession session(Subject subject, UUID relationshipId, UUID sessionId) {
        access.ofMember(Access.person(subject), relationshipId);
        return find(relationshipId, sessionId);
    }

    public MentoringSession addSession(
            Subject subject,
            UUID relationshipId,
            Instant startsAt,
            int durationMinutes,
            SessionStatus status,
            Optional<String> sharedNotes) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        Instant now = clock.instant();
        MentoringSession session = sessions.add(MentoringSession.create(
                relationshipId, startsAt, durationMinutes, status, sharedNotes, person.id(), now));
        notifications.tellOthers(relationship, person.id(), NotificationKind.SESSION_PLANNED, now);
        return session;
    }

    public MentoringSession changeSession(
            Subject subject, UUID relationshipId, UUID sessionId, ExpectedVersion expected, SessionChanges changes) {
        access.running(Access.person(subject), relationshipId);
        MentoringSession session = current(relationshipId, sessionId, expected);
        return sessions.update(session.change(changes, clock.instant()));
    }

    /** A member deletes a session of a running relationship, with everyone's private notes on it. */
    public void deleteSession(Subject subject, UUID relationshipId, UUID sessionId, ExpectedVersion expected) {
        access.running(Access.person(subject), relationshipId);
        current(relationshipId, sessionId, expected);
        sessions.remove(sessionId);
    }

    /** The caller's own private note on the session; nobody else's is ever returned. */
    public PrivateNote myNote(Subject subject, UUID relationshipId, UUID sessionId) {
        PersonSubject person = Access.person(subject);
        session(subject, relationshipId, sessionId);
        return sessions.note(sessionId, person.id()).orElseThrow(() -> notFound("private note", sessionId));
    }

    public PrivateNote putMyNote(Subject subject, UUID relationshipId, UUID sessionId, String text) {
        PersonSubject person = Access.person(subject);
        session(subject, relationshipId, sessionId);
        return sessions.putNote(new PrivateNote(sessionId, person.id(), text, clock.instant()));
    }

    private MentoringSession find(UUID relationshipId, UUID sessionId) {
        return sessions.find(relationshipId, sessionId).orElseThrow(() -> notFound("mentoring session", sessionId));
    }

    /** The session at the version the caller read, checked only once {@code running} has let them in. */
    private MentoringSession current(UUID relationshipId, UUID sessionId, ExpectedVersion expected) {
        MentoringSession session = find(relationshipId, sessionId);
        expected.check(session.version(), "mentoring session");
        return session;
    }
}
