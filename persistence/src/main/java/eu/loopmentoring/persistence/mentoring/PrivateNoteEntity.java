package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mentoring_private_note")
@IdClass(PrivateNoteEntity.Key.class)
public class PrivateNoteEntity {

    /** The composite key. */
    public record Key(UUID sessionId, UUID authorId) implements Serializable {}

    @Id
    @Column(name = "session_id")
    private UUID sessionId;

    @Id
    @Column(name = "author_id")
    private UUID authorId;

    private String text;

    @Column(name = "updated_at")
    private Instant updatedAt;

    public UUID getSessionId() {
        return sessionId;
    }

    public void setSessionId(UUID sessionId) {
        this.sessionId = sessionId;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
