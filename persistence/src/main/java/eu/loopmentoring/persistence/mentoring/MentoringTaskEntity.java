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
@Table(name = "mentoring_task")
public class MentoringTaskEntity {

    @Id
    public UUID id;

    @Column(name = "relationship_id")
    public UUID relationshipId;

    public String title;

    public String description;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
