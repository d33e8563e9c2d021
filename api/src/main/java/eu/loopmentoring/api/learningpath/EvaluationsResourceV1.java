package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.learningpath.PathEvaluation;
import eu.loopmentoring.domain.learningpath.PathEvaluationWork;
import eu.loopmentoring.openapi.v1.api.PathEvaluationApi;
import eu.loopmentoring.openapi.v1.model.PathEvaluationAnswerDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Learners' evaluations of the paths they finished, and the summary their authors read. */
@Path("/") // the generated interfaces carry full paths on their methods
public class EvaluationsResourceV1 implements PathEvaluationApi {

    private final PathEvaluationWork work;
    private final EvaluationDtoMapper mapper;
    private final CurrentSubject current;

    EvaluationsResourceV1(PathEvaluationWork work, EvaluationDtoMapper mapper, CurrentSubject current) {
        this.work = work;
        this.mapper = mapper;
        this.current = current;
    }

    @Override
    public Response getEnrollmentEvaluation(UUID enrollmentId) {
        return evaluation(work.evaluation(current.require(), enrollmentId));
    }

    @Override
    @Transactional
    public Response evaluateEnrollment(UUID enrollmentId, PathEvaluationAnswerDto body, String ifMatch) {
        return evaluation(
                work.evaluate(current.require(), enrollmentId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    @Override
    public Response getLearningPathEvaluationSummary(UUID pathId) {
        return Response.ok(mapper.toDto(work.summary(current.require(), pathId)))
                .build();
    }

    private Response evaluation(PathEvaluation evaluation) {
        return Responses.ok(mapper.toDto(evaluation), evaluation.version());
    }
}
