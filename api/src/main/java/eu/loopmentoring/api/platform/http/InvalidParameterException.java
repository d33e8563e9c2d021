package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.stream.Collectors;

/** Query, path or header parameters that break what the contract declares for them, all at once. */
public class InvalidParameterException extends BadRequestException {

    private final transient List<ViolationDto> violations;

    InvalidParameterException(List<ViolationDto> violations) {
        super(violations.stream().map(v -> v.getField() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<ViolationDto> violations() {
        return violations;
    }
}
