package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sessions of relationships, and their participants' private notes. */
public interface MentoringSessions {

    Optional<MentoringSession> find(UUID relationshipId, UUID id);

    MentoringSession add(MentoringSession session);

    /** Stores the session with the next version. */
    MentoringSession update(MentoringSession session);

    /** Deletes the session and what hangs on it. */
    void remove(UUID id);

    /** One page of the relationship's sessions, earliest first. */
    Page<MentoringSession> of(UUID relationshipId, PageRequest page);

    /** Earliest first. */
    List<MentoringSession> ofRelationships(List<UUID> relationshipIds);

    Optional<PrivateNote> note(UUID sessionId, UUID authorId);

    PrivateNote putNote(PrivateNote note);

    /** The author's own notes, and nobody else's. */
    List<PrivateNote> notesOf(UUID authorId);
}
