package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Learning;
import eu.loopmentoring.domain.learningpath.LearningPathCatalog;
import eu.loopmentoring.domain.learningpath.MeasuredChange;
import eu.loopmentoring.domain.learningpath.Measurements;
import eu.loopmentoring.domain.learningpath.PathSuggester;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.EnrollmentsApi;
import eu.loopmentoring.openapi.v1.model.EnrollmentPageDto;
import eu.loopmentoring.openapi.v1.model.EnrollmentStatusDto;
import eu.loopmentoring.openapi.v1.model.NewEnrollmentDto;
import eu.loopmentoring.openapi.v1.model.StepProgressChangeDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person's enrollments in learning paths and their progress on each step. */
@Path("/") // the generated interfaces carry full paths on their methods
public class EnrollmentsResourceV1 implements EnrollmentsApi {

    private final Learning learning;
    private final LearningPathCatalog catalog;
    private final PathSuggester suggester;
    private final LearningPathDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;
    private final Measurements measurements;

    EnrollmentsResourceV1(
            Learning learning,
            LearningPathCatalog catalog,
            PathSuggester suggester,
            LearningPathDtoMapper mapper,
            Cursors cursors,
            CurrentSubject current,
            Measurements measurements) {
        this.learning = learning;
        this.catalog = catalog;
        this.suggester = suggester;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
        this.measurements = measurements;
    }

    @Override
    public Response listMyEnrollments(Integer limit, String cursor, EnrollmentStatusDto status) {
        Optional<EnrollmentStatus> wanted = Optional.ofNullable(status).map(mapper::toDomain);
        String scope = Cursors.scope("enrollments", "status", wanted.orElse(null));
        Page<Enrollment> page = learning.mine(current.require(), wanted, cursors.request(limit, cursor, scope));
        Set<UUID> unavailable = catalog.unavailableResources(
                page.items().stream().map(Enrollment::path).toList());
        return Response.ok(new EnrollmentPageDto()
                        .items(page.items().stream()
                                .map(e -> mapper.toDto(e, unavailable))
                                .toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response enrollInLearningPath(NewEnrollmentDto body, String idempotencyKey) {
        boolean fromSuggestion = Boolean.TRUE.equals(body.getFromSuggestion());
        if (fromSuggestion == (body.getLearningPathId() != null)) {
            throw InvalidInputException.of(
                    fromSuggestion ? "fromSuggestion" : "learningPathId",
                    fromSuggestion
                            ? "must be absent when learningPathId names the path"
                            : "is required, unless fromSuggestion is true");
        }
        Subject subject = current.require();
        Enrollment enrollment = fromSuggestion
                ? learning.enrol(subject, suggester.forMe(subject))
                : learning.enrol(subject, body.getLearningPathId());
        return Responses.created(
                Route.of(EnrollmentsApi.class, api -> api.getEnrollment(enrollment.id())),
                dto(enrollment),
                enrollment.version());
    }

    @Override
    public Response getEnrollment(UUID enrollmentId) {
        return enrollment(learning.enrollment(current.require(), enrollmentId));
    }

    @Override
    @Transactional
    public Response recordStepProgress(UUID enrollmentId, String stepKey, StepProgressChangeDto body, String ifMatch) {
        return enrollment(learning.changeStep(
                current.require(), enrollmentId, stepKey, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    @Override
    @Transactional
    public Response leaveEnrollment(UUID enrollmentId, String ifMatch) {
        return enrollment(learning.leave(current.require(), enrollmentId, Preconditions.ifMatch(ifMatch)));
    }

    private Response enrollment(Enrollment enrollment) {
        return Responses.ok(dto(enrollment), enrollment.version());
    }

    /** One enrollment, with the learner's measured change when there is one (lists leave it out). */
    private Object dto(Enrollment enrollment) {
        return mapper.toDto(enrollment, catalog.unavailableResources(List.of(enrollment.path())))
                .measuredChange(MeasuredChange.of(enrollment, measurements)
                        .map(mapper::toDto)
                        .orElse(null));
    }
}
