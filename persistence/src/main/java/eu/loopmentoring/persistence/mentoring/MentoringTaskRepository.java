package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
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
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentoringTaskRepository implements MentoringTasks, PanacheRepositoryBase<MentoringTaskEntity, UUID> {

    private static final KeysetOrder<MentoringTaskEntity> OLDEST = KeysetOrder.<MentoringTaskEntity>by()
            .asc("e.createdAt", e -> e.createdAt, Instant::parse)
            .asc("e.id", e -> e.id, UUID::fromString);

    private final MentoringContentMapper mapper;

    private final TaskCommentRepository commentRows;

    MentoringTaskRepository(MentoringContentMapper mapper, TaskCommentRepository commentRows) {
        this.mapper = mapper;
        this.commentRows = commentRows;
    }

    @Override
    public Optional<MentoringTask> find(UUID relationshipId, UUID id) {
        return findByIdOptional(id)
                .filter(e -> e.relationshipId.equals(relationshipId))
                .map(mapper::toDomain);
    }

    @Override
    public MentoringTask add(MentoringTask task) {
        MentoringTaskEntity entity = new MentoringTaskEntity();
        mapper.copy(task, entity);
        persist(entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public MentoringTask update(MentoringTask task) {
        MentoringTaskEntity entity = findById(task.id());
        mapper.copy(task, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        flush();
    }

    @Override
    public Page<MentoringTask> of(UUID relationshipId, PageRequest page) {
        Conditions filters = Conditions.none().and("e.relationshipId = :key").bind("key", relationshipId);
        return KeysetPages.page(this, "from MentoringTaskEntity e", filters, OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringTask> ofRelationships(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return list("relationshipId in ?1 order by createdAt, id", relationshipIds).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public TaskComment addComment(TaskComment comment) {
        TaskCommentEntity entity = new TaskCommentEntity();
        entity.id = comment.id();
        entity.taskId = comment.taskId();
        entity.authorId = comment.authorId().orElse(null);
        entity.text = comment.text();
        entity.createdAt = comment.createdAt();
        getEntityManager().persist(entity);
        flush();
        return comment;
    }

    @Override
    public Page<TaskComment> comments(UUID taskId, PageRequest page) {
        Conditions filters = Conditions.none().and("c.taskId = :key").bind("key", taskId);
        return KeysetPages.page(commentRows, "from TaskCommentEntity c", filters, TaskCommentRepository.OLDEST, page)
                .map(MentoringTaskRepository::toDomain);
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
                .map(MentoringTaskRepository::toDomain)
                .toList();
    }

    private static TaskComment toDomain(TaskCommentEntity c) {
        return new TaskComment(c.id, c.taskId, Optional.ofNullable(c.authorId), c.text, c.createdAt);
    }
}
