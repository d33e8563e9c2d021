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
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "mentoring_participant")
@IdClass(MentoringParticipantEntity.Key.class)
public class MentoringParticipantEntity {

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID relationshipId;
        public UUID personId;

        public Key() {}

        public Key(UUID relationshipId, UUID personId) {
            this.relationshipId = relationshipId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(relationshipId, k.relationshipId)
                    && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(relationshipId, personId);
        }
    }

    @Id
    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Formula("(select p.display_name from person p where p.id = person_id)")
    public String name;

    public String role;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "request_id")
    public UUID requestId;
}
