package eu.loopmentoring.api.platform.problem;

import eu.loopmentoring.openapi.v1.model.ProblemDto;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem responses: the only shape an error leaves this service in. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The contract's limit on violations in one problem: a list of hundreds of bad items gets the first ones. */
    static final int MAX_VIOLATIONS = 100;

    private Problems() {}

    public static ProblemDto body(ProblemType type, String detail, String path, List<ViolationDto> violations) {
        ProblemDto problem = new ProblemDto()
                .type(type.type())
                .title(type.title())
                .status(type.status())
                .detail(detail)
                .correlationId(CorrelationId.current());
        if (path != null) {
            problem.instance(path);
        }
        // The generated DTO starts with an empty list; absent reads better than [] when nothing is wrong.
        problem.violations(
                violations.isEmpty() ? null : violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS)));
        return problem;
    }

    public static Response response(
            ProblemType type, String detail, String path, List<ViolationDto> violations, Map<String, String> headers) {
        Response.ResponseBuilder builder =
                Response.status(type.status()).type(MEDIA_TYPE).entity(body(type, detail, path, violations));
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response response(ProblemType type, String detail, String path) {
        return response(type, detail, path, List.of(), Map.of());
    }
}
