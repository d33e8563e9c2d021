package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.GoalWork;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentoringGoalsApi;
import eu.loopmentoring.openapi.v1.model.MentoringGoalChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalListDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringGoalDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** A relationship's goals. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringGoalsResourceV1 implements MentoringGoalsApi {

    private final GoalWork goals;
    private final MentoringContentDtoMapper content;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentoringGoalsResourceV1(
            GoalWork goals,
            MentoringContentDtoMapper content,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current) {
        this.goals = goals;
        this.content = content;
        this.idempotency = idempotency;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMentoringGoals(UUID relationshipId, Integer limit, String cursor) {
        OwnedPages.Listed<MentoringGoal> listed = OwnedPages.list(
                cursors,
                "mentoring-goals",
                relationshipId,
                limit,
                cursor,
                page -> goals.goals(current.require(), relationshipId, page));
        return Response.ok(new MentoringGoalListDto()
                        .items(listed.items(content::toDto))
                        .next(listed.next()))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringGoal(UUID relationshipId, NewMentoringGoalDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringGoal", body, () -> {
            MentoringGoal goal =
                    goals.addGoal(subject, relationshipId, body.getTitle(), Optional.ofNullable(body.getTargetDate()));
            return Response.created(
                            URI.create("/api/v1/mentoring-relationships/" + relationshipId + "/goals/" + goal.id()))
                    .entity(content.toDto(goal))
                    .tag(EntityTags.of(goal.version()))
                    .build();
        });
    }

    @Override
    public Response getMentoringGoal(UUID relationshipId, UUID goalId) {
        return goal(goals.goal(current.require(), relationshipId, goalId));
    }

    @Override
    @Transactional
    public Response changeMentoringGoal(
            UUID relationshipId, UUID goalId, MentoringGoalChangesDto body, String ifMatch) {
        Subject subject = current.require();
        goals.goal(subject, relationshipId, goalId); // who may, and whether it exists, before If-Match
        return goal(goals.changeGoal(
                subject, relationshipId, goalId, Preconditions.expectedVersion(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringGoal(UUID relationshipId, UUID goalId, String ifMatch) {
        Subject subject = current.require();
        goals.goal(subject, relationshipId, goalId); // who may, and whether it exists, before If-Match
        goals.deleteGoal(subject, relationshipId, goalId, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private Response goal(MentoringGoal goal) {
        return Response.ok(content.toDto(goal))
                .tag(EntityTags.of(goal.version()))
                .build();
    }
}
