package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.learningpath.PathAssignment;
import eu.loopmentoring.domain.learningpath.PathProgrammes;
import eu.loopmentoring.domain.learningpath.ProgrammeProgress;
import eu.loopmentoring.domain.learningpath.StepStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.PathAssignmentsApi;
import eu.loopmentoring.openapi.v1.model.NewPathAssignmentDto;
import eu.loopmentoring.openapi.v1.model.PathAssignmentDto;
import eu.loopmentoring.openapi.v1.model.PathAssignmentPageDto;
import eu.loopmentoring.openapi.v1.model.PathAssignmentProgressDto;
import eu.loopmentoring.openapi.v1.model.PathAssignmentStatusDto;
import eu.loopmentoring.openapi.v1.model.StepProgressCountsDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Programmes: learning paths that coordinators assign to their coalition or organisation. */
@Path("/") // the generated interfaces carry full paths on their methods
public class PathAssignmentsResourceV1 implements PathAssignmentsApi {

    private final PathProgrammes programmes;
    private final Cursors cursors;
    private final CurrentSubject current;

    PathAssignmentsResourceV1(PathProgrammes programmes, Cursors cursors, CurrentSubject current) {
        this.programmes = programmes;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response assignLearningPath(NewPathAssignmentDto body, String idempotencyKey) {
        PathAssignment assignment = programmes.assign(
                current.require(),
                body.getLearningPathId(),
                Optional.ofNullable(body.getCoalitionId()),
                Optional.ofNullable(body.getOrganizationId()));
        return Responses.created(
                Route.of(PathAssignmentsApi.class, api -> api.getPathAssignment(assignment.id())),
                dto(assignment),
                assignment.version());
    }

    @Override
    public Response getPathAssignment(UUID assignmentId) {
        PathAssignment assignment = programmes.assignment(current.require(), assignmentId);
        return Responses.ok(dto(assignment), assignment.version());
    }

    @Override
    @Transactional
    public Response endPathAssignment(UUID assignmentId, String ifMatch) {
        programmes.end(current.require(), assignmentId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response getPathAssignmentProgress(UUID assignmentId) {
        ProgrammeProgress progress = programmes.progress(current.require(), assignmentId);
        return Response.ok(new PathAssignmentProgressDto()
                        .assignmentId(progress.assignmentId())
                        .learningPathId(progress.pathId())
                        .members(progress.members())
                        .enrolled(progress.enrolled())
                        .completed(progress.completed())
                        .steps(progress.steps().stream()
                                .map(s -> new StepProgressCountsDto()
                                        .key(s.key())
                                        .required(s.required())
                                        .notStarted(s.count(StepStatus.NOT_STARTED))
                                        .inProgress(s.count(StepStatus.IN_PROGRESS))
                                        .done(s.count(StepStatus.DONE))
                                        .skipped(s.count(StepStatus.SKIPPED)))
                                .toList()))
                .build();
    }

    @Override
    public Response listMyPathAssignments(Integer limit, String cursor) {
        String scope = Cursors.scope("path-assignments");
        Page<PathAssignment> page = programmes.mine(current.require(), cursors.request(limit, cursor, scope));
        return Response.ok(new PathAssignmentPageDto()
                        .items(page.items().stream()
                                .map(PathAssignmentsResourceV1::dto)
                                .toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    static PathAssignmentDto dto(PathAssignment assignment) {
        return new PathAssignmentDto()
                .id(assignment.id())
                .learningPathId(assignment.pathId())
                .coalitionId(assignment.coalitionId().orElse(null))
                .organizationId(assignment.organizationId().orElse(null))
                .status(assignment.isRunning() ? PathAssignmentStatusDto.RUNNING : PathAssignmentStatusDto.ENDED)
                .createdAt(utc(assignment.createdAt()))
                .endedAt(
                        assignment.endedAt().map(PathAssignmentsResourceV1::utc).orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
