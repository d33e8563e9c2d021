package eu.loopmentoring.persistence.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mentoring_task_comment")
public class TaskCommentEntity {

    @Id
    public UUID id;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "author_id")
    public UUID authorId;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;
}
