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
@Table(name = "mentoring_feedback")
@IdClass(ClosingFeedbackEntity.Key.class)
public class ClosingFeedbackEntity {

    /** The composite key. */
    public record Key(UUID relationshipId, UUID authorId) implements Serializable {}

    @Id
    @Column(name = "relationship_id")
    private UUID relationshipId;

    @Id
    @Column(name = "author_id")
    private UUID authorId;

    private String side;

    private int rating;

    private String text;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    public UUID getRelationshipId() {
        return relationshipId;
    }

    public void setRelationshipId(UUID relationshipId) {
        this.relationshipId = relationshipId;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public int getRating() {
        return rating;
    }

    public void setRating(int rating) {
        this.rating = rating;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }
}
