package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringSessions;
import eu.loopmentoring.domain.mentoring.PrivateNote;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.mentoring.SessionChanges;
import eu.loopmentoring.domain.mentoring.SessionStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link MentoringSessions} must do: sessions are earliest first; private notes are their author's. */
public abstract class MentoringSessionsContract extends RelationshipItemsContract<MentoringSession> {

    protected abstract MentoringSessions sessions();

    @Override
    protected RelationshipItems<MentoringSession> items() {
        return sessions();
    }

    @Override
    protected MentoringSession newItem(MentoringRelationship relationship, Instant at) {
        return MentoringSession.create(
                relationship.id(),
                at,
                45,
                SessionStatus.PLANNED,
                Optional.empty(),
                relationship.participants().getFirst().personId(),
                T0.minusSeconds(3600));
    }

    @Override
    protected MentoringSession changed(MentoringSession session) {
        return session.change(
                new SessionChanges(
                        Optional.empty(), Optional.of(60), Optional.of(SessionStatus.HELD), Optional.of("Went well")),
                session.startsAt().plusSeconds(7200));
    }

    @Override
    protected UUID id(MentoringSession session) {
        return session.id();
    }

    @Override
    protected long version(MentoringSession session) {
        return session.version();
    }

    @Override
    protected Instant orderedAt(MentoringSession session) {
        return session.startsAt();
    }

    @Test
    void aPrivateNoteIsItsAuthorsAndWritingItAgainReplacesIt() {
        MentoringRelationship relationship = aRelationship();
        UUID author = relationship.participants().get(0).personId();
        UUID other = relationship.participants().get(1).personId();
        MentoringSession session = anItem(relationship, T0);
        PrivateNote first = new PrivateNote(session.id(), author, "Ask about the seating plan", T0);

        assertThat(sessions().putNote(first)).isEqualTo(first);
        PrivateNote second = sessions().putNote(new PrivateNote(session.id(), author, "Done", T0.plusSeconds(60)));

        assertThat(sessions().note(session.id(), author)).contains(second);
        assertThat(sessions().note(session.id(), other)).isEmpty();
        assertThat(sessions().notesOf(author)).containsExactly(second);
        assertThat(sessions().notesOf(other)).isEmpty();
    }

    @Test
    void anAuthorsNotesComeOldestFirstAndGoWithTheirSession() {
        MentoringRelationship relationship = aRelationship();
        Person author = aPerson("Note taker");
        MentoringSession one = anItem(relationship, T0);
        MentoringSession two = anItem(relationship, T0.plusSeconds(60));
        PrivateNote later = sessions().putNote(new PrivateNote(one.id(), author.id(), "Later", T0.plusSeconds(20)));
        PrivateNote earlier = sessions().putNote(new PrivateNote(two.id(), author.id(), "Earlier", T0.plusSeconds(10)));

        assertThat(sessions().notesOf(author.id())).containsExactly(earlier, later);

        sessions().remove(one.id());

        assertThat(sessions().note(one.id(), author.id())).isEmpty();
        assertThat(sessions().notesOf(author.id())).containsExactly(earlier);
    }
}
