package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.GoalWork;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.openapi.v1.api.MentoringGoalsApi;
import eu.loopmentoring.openapi.v1.model.MentoringGoalChangesDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringGoalDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** A relationship's goals. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringGoalsResourceV1 implements MentoringGoalsApi {

    private final GoalWork goals;
    private final MentoringContentDtoMapper content;
    private final OwnedPages pages;
    private final CurrentSubject current;

    MentoringGoalsResourceV1(
            GoalWork goals, MentoringContentDtoMapper content, OwnedPages pages, CurrentSubject current) {
        this.goals = goals;
        this.content = content;
        this.pages = pages;
        this.current = current;
    }

    @Override
    public Response listMentoringGoals(UUID relationshipId, Integer limit, String cursor) {
        return pages.list(
                "mentoring-goals",
                relationshipId,
                limit,
                cursor,
                (caller, page) -> goals.goals(caller, relationshipId, page),
                content::goals);
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringGoal(UUID relationshipId, NewMentoringGoalDto body, String idempotencyKey) {
        MentoringGoal goal = goals.addGoal(
                current.require(), relationshipId, body.getTitle(), Optional.ofNullable(body.getTargetDate()));
        return Responses.created(
                Route.of(MentoringGoalsApi.class, api -> api.getMentoringGoal(relationshipId, goal.id())),
                content.toDto(goal),
                goal.version());
    }

    @Override
    public Response getMentoringGoal(UUID relationshipId, UUID goalId) {
        return goal(goals.goal(current.require(), relationshipId, goalId));
    }

    @Override
    @Transactional
    public Response changeMentoringGoal(
            UUID relationshipId, UUID goalId, MentoringGoalChangesDto body, String ifMatch) {
        return goal(goals.changeGoal(
                current.require(), relationshipId, goalId, Preconditions.ifMatch(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringGoal(UUID relationshipId, UUID goalId, String ifMatch) {
        goals.deleteGoal(current.require(), relationshipId, goalId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private Response goal(MentoringGoal goal) {
        return Responses.ok(content.toDto(goal), goal.version());
    }
}
