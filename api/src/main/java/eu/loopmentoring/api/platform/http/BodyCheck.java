package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.openapi.v1.model.ViolationDto;
import java.lang.reflect.Type;
import java.util.List;

/**
 * What is wrong with a JSON request body, read and validated as the resource method would: lets
 * {@link ParameterPrecheck} answer the violations of the parameters and of the body of one request
 * together, instead of the body's only after the parameters are fixed.
 */
public interface BodyCheck {

    /** The violations in {@code body} read as {@code type}; none for a body that is not JSON at all. */
    List<ViolationDto> violations(Type type, byte[] body);
}
