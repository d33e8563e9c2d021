package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.MentoringTasks;
import eu.loopmentoring.domain.mentoring.TaskComment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentoringTaskRepository implements MentoringTasks, PanacheRepositoryBase<MentoringTaskEntity, UUID> {

    private final MentoringContentMapper mapper;

    MentoringTaskRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
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
    public List<TaskComment> comments(UUID taskId) {
        return comments("c.taskId = :key", taskId);
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
                .map(c -> new TaskComment(c.id, c.taskId, Optional.ofNullable(c.authorId), c.text, c.createdAt))
                .toList();
    }
}
