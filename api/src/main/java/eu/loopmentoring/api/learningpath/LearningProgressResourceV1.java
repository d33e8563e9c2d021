package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.LearningProgress;
import eu.loopmentoring.domain.learningpath.SharedProgress;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.LearningProgressApi;
import eu.loopmentoring.openapi.v1.model.EnrollmentStatusDto;
import eu.loopmentoring.openapi.v1.model.LearningProgressDto;
import eu.loopmentoring.openapi.v1.model.LearningProgressPageDto;
import eu.loopmentoring.openapi.v1.model.LearningProgressStepDto;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** A person's progress on their learning paths, as the people their profile admits see it. */
@Path("/") // the generated interfaces carry full paths on their methods
public class LearningProgressResourceV1 implements LearningProgressApi {

    private final SharedProgress shared;
    private final LearningPathDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;
    private final DtoConversions times = new DtoConversions();

    LearningProgressResourceV1(
            SharedProgress shared, LearningPathDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.shared = shared;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listPersonLearningProgress(
            UUID personId, Integer limit, String cursor, EnrollmentStatusDto status) {
        Optional<EnrollmentStatus> wanted = Optional.ofNullable(status).map(mapper::toDomain);
        String scope = Cursors.scope("person-enrollments", "person", personId, "status", wanted.orElse(null));
        Page<LearningProgress> page =
                shared.of(current.require(), personId, wanted, cursors.request(limit, cursor, scope));
        return Response.ok(new LearningProgressPageDto()
                        .items(page.items().stream().map(this::dto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    private LearningProgressDto dto(LearningProgress progress) {
        return new LearningProgressDto()
                .id(progress.enrollmentId())
                .learningPathId(progress.pathId())
                .lineageId(progress.lineageId())
                .title(progress.title())
                .versionNumber(progress.versionNumber())
                .status(mapper.toDto(progress.status()))
                .enrolledAt(times.utc(progress.enrolledAt()))
                .completedAt(times.utc(progress.completedAt()))
                .leftAt(times.utc(progress.leftAt()))
                .steps(progress.steps().stream().map(this::dto).toList())
                .progress(mapper.toDto(progress.progress()));
    }

    private LearningProgressStepDto dto(LearningProgress.Step step) {
        return new LearningProgressStepDto()
                .key(step.key())
                .kind(mapper.toDto(step.kind()))
                .title(step.title())
                .required(step.required())
                .module(step.module().orElse(null))
                .status(mapper.toDto(step.status()))
                .locked(step.locked())
                .startedAt(times.utc(step.startedAt()))
                .doneAt(times.utc(step.doneAt()));
    }
}
