package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.mentoring.TaskComment;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MentoringTaskRepository
        implements MentoringTasks,
                ComposedRelationshipItems<MentoringTask>,
                PanacheRepositoryBase<MentoringTaskEntity, UUID> {

    private static final KeysetOrder<MentoringTaskEntity> OLDEST = KeysetOrder.<MentoringTaskEntity>by()
            .asc("e.createdAt", MentoringTaskEntity::getCreatedAt, Instant::parse)
            .asc("e.id", MentoringTaskEntity::getId, UUID::fromString);

    private final MentoringContentMapper mapper;
    private final RelationshipItems<MentoringTask> items;
    private final TaskCommentRepository commentRows;

    MentoringTaskRepository(MentoringContentMapper mapper, TaskCommentRepository commentRows) {
        this.mapper = mapper;
        this.items = new RelationshipItemRows<>(
                this,
                MentoringTaskEntity.class,
                OLDEST,
                MentoringTask::id,
                MentoringTaskEntity::new,
                mapper::copy,
                mapper::toDomain);
        this.commentRows = commentRows;
    }

    @Override
    public RelationshipItems<MentoringTask> items() {
        return items;
    }

    @Override
    public TaskComment addComment(TaskComment comment) {
        getEntityManager().persist(mapper.toEntity(comment));
        flush();
        return comment;
    }

    @Override
    public Page<TaskComment> comments(UUID taskId, PageRequest page) {
        Conditions filters = Conditions.none().and("c.taskId = :key").bind("key", taskId);
        return KeysetPages.page(commentRows, "from TaskCommentEntity c", filters, TaskCommentRepository.OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<TaskComment> commentsBy(UUID authorId) {
        return comments("c.authorId = :key", authorId);
    }

    private List<TaskComment> comments(String condition, UUID key) {
        return getEntityManager()
                .createQuery(
                        "from TaskCommentEntity c where " + condition + " order by c.createdAt, c.id",
                        TaskCommentEntity.class)
                .setParameter("key", key)
                .getResultStream()
                .map(mapper::toDomain)
                .toList();
    }
}
