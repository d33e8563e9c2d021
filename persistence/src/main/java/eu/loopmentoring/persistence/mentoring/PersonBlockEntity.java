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
@Table(name = "person_block")
@IdClass(PersonBlockEntity.Key.class)
public class PersonBlockEntity {

    /** The composite key: who blocks whom. */
    public record Key(UUID blockerId, UUID blockedId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "blocker_id")
    public UUID blockerId;

    @Id
    @Column(name = "blocked_id")
    public UUID blockedId;

    @Column(name = "created_at")
    public Instant createdAt;
}
