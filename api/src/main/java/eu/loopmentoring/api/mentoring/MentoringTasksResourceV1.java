package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.TaskWork;
import eu.loopmentoring.openapi.v1.api.MentoringTasksApi;
import eu.loopmentoring.openapi.v1.model.MentoringTaskChangesDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringTaskCommentDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringTaskDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** A relationship's tasks and their comments. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringTasksResourceV1 implements MentoringTasksApi {

    private final TaskWork tasks;
    private final MentoringContentDtoMapper content;
    private final OwnedPages pages;
    private final CurrentSubject current;

    MentoringTasksResourceV1(
            TaskWork tasks, MentoringContentDtoMapper content, OwnedPages pages, CurrentSubject current) {
        this.tasks = tasks;
        this.content = content;
        this.pages = pages;
        this.current = current;
    }

    @Override
    public Response listMentoringTasks(UUID relationshipId, Integer limit, String cursor) {
        return pages.list(
                "mentoring-tasks",
                relationshipId,
                limit,
                cursor,
                (caller, page) -> tasks.tasks(caller, relationshipId, page),
                content::tasks);
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringTask(UUID relationshipId, NewMentoringTaskDto body, String idempotencyKey) {
        MentoringTask task = tasks.addTask(
                current.require(),
                relationshipId,
                body.getTitle(),
                Optional.ofNullable(body.getDescription()),
                Optional.ofNullable(body.getAssigneeId()),
                Optional.ofNullable(body.getDueDate()));
        return Responses.created(
                Route.of(MentoringTasksApi.class, api -> api.getMentoringTask(relationshipId, task.id())),
                content.toDto(task),
                task.version());
    }

    @Override
    public Response getMentoringTask(UUID relationshipId, UUID taskId) {
        return task(tasks.task(current.require(), relationshipId, taskId));
    }

    @Override
    @Transactional
    public Response changeMentoringTask(
            UUID relationshipId, UUID taskId, MentoringTaskChangesDto body, String ifMatch) {
        return task(tasks.changeTask(
                current.require(), relationshipId, taskId, Preconditions.ifMatch(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringTask(UUID relationshipId, UUID taskId, String ifMatch) {
        tasks.deleteTask(current.require(), relationshipId, taskId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listMentoringTaskComments(UUID relationshipId, UUID taskId, Integer limit, String cursor) {
        return pages.list(
                "mentoring-task-comments",
                taskId,
                limit,
                cursor,
                (caller, page) -> tasks.comments(caller, relationshipId, taskId, page),
                content::comments);
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringTaskComment(
            UUID relationshipId, UUID taskId, NewMentoringTaskCommentDto body, String idempotencyKey) {
        // A comment has no address of its own to name in Location.
        return Response.status(Response.Status.CREATED)
                .entity(content.toDto(tasks.comment(current.require(), relationshipId, taskId, body.getText())))
                .build();
    }

    private Response task(MentoringTask task) {
        return Responses.ok(content.toDto(task), task.version());
    }
}
