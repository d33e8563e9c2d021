package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sessions, earliest first, and their authors' private notes, which go with the session. */
public final class InMemoryMentoringSessions extends InMemoryRelationshipItems<MentoringSession>
        implements MentoringSessions {

    public final Map<List<UUID>, PrivateNote> notes = new LinkedHashMap<>();

    public InMemoryMentoringSessions() {
        super(
                MentoringSession::id,
                MentoringSession::relationshipId,
                s -> List.of(FakePages.sortable(s.startsAt()), s.id().toString()),
                MentoringSession::version,
                (s, version) -> new MentoringSession(
                        s.id(),
                        s.relationshipId(),
                        s.startsAt(),
                        s.durationMinutes(),
                        s.status(),
                        s.sharedNotes(),
                        s.createdBy(),
                        s.createdAt(),
                        s.updatedAt(),
                        version));
    }

    @Override
    public void remove(UUID id) {
        super.remove(id);
        notes.keySet().removeIf(key -> key.get(0).equals(id));
    }

    @Override
    public Optional<PrivateNote> note(UUID sessionId, UUID authorId) {
        return Optional.ofNullable(notes.get(List.of(sessionId, authorId)));
    }

    @Override
    public PrivateNote putNote(PrivateNote note) {
        notes.put(List.of(note.sessionId(), note.authorId()), note);
        return note;
    }

    @Override
    public List<PrivateNote> notesOf(UUID authorId) {
        return notes.values().stream()
                .filter(n -> n.authorId().equals(authorId))
                .sorted(Comparator.comparing(PrivateNote::updatedAt)
                        .thenComparing(n -> n.sessionId().toString()))
                .toList();
    }
}
