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
@Table(name = "mentoring_feedback")
@IdClass(ClosingFeedbackEntity.Key.class)
public class ClosingFeedbackEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID relationshipId;
        public UUID authorId;

        public Key() {}

        public Key(UUID relationshipId, UUID authorId) {
            this.relationshipId = relationshipId;
            this.authorId = authorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(relationshipId, k.relationshipId)
                    && Objects.equals(authorId, k.authorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(relationshipId, authorId);
        }
    }

    @Id
    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Id
    @Column(name = "author_id")
    public UUID authorId;

    public String side;

    public int rating;

    public String text;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
