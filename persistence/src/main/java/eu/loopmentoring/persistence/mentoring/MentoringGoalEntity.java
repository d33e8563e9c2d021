package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "mentoring_goal")
public class MentoringGoalEntity {

    @Id
    public UUID id;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    public String title;

    @Column(name = "target_date")
    public LocalDate targetDate;

    public int progress;

    public String status;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
