package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sessions of relationships, earliest first, and their participants' private notes. */
public interface MentoringSessions extends RelationshipItems<MentoringSession> {

    Optional<PrivateNote> note(UUID sessionId, UUID authorId);

    PrivateNote putNote(PrivateNote note);

    /** The author's own notes, and nobody else's. */
    List<PrivateNote> notesOf(UUID authorId);
}
