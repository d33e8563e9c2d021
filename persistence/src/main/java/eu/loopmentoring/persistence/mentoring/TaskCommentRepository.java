package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.persistence.shared.KeysetOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Task comment rows, for keyset pages of a task's comments. */
@ApplicationScoped
class TaskCommentRepository implements PanacheRepositoryBase<TaskCommentEntity, UUID> {

    static final KeysetOrder<TaskCommentEntity> OLDEST = KeysetOrder.<TaskCommentEntity>by()
            .asc("c.createdAt", TaskCommentEntity::getCreatedAt, Instant::parse)
            .asc("c.id", TaskCommentEntity::getId, UUID::fromString);
}
