package eu.loopmentoring.api.platform.problem;

import eu.loopmentoring.openapi.v1.model.ViolationDto;
import java.util.List;
import java.util.Map;

/** An HTTP-level refusal raised by the api module itself (bad cursor, missing If-Match, ...). */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<ViolationDto> violations;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(
            ProblemType type, String detail, List<ViolationDto> violations, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException invalid(ViolationDto.InEnum in, String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                "Fix the field listed in violations.",
                List.of(new ViolationDto().in(in).field(field).message(message)),
                Map.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<ViolationDto> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
