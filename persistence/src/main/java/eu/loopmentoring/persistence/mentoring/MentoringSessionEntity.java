package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mentoring_session")
public class MentoringSessionEntity {

    @Id
    public UUID id;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String status;

    @Column(name = "shared_notes")
    public String sharedNotes;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
