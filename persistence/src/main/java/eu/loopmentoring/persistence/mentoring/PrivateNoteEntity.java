package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "mentoring_private_note")
@IdClass(PrivateNoteEntity.Key.class)
public class PrivateNoteEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID authorId;

        public Key() {}

        public Key(UUID sessionId, UUID authorId) {
            this.sessionId = sessionId;
            this.authorId = authorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(authorId, k.authorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, authorId);
        }
    }

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "author_id")
    public UUID authorId;

    public String text;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
