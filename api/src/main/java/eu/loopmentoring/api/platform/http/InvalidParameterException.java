package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.ws.rs.BadRequestException;

/** A query, path or header parameter that could not be converted to its declared type. */
public class InvalidParameterException extends BadRequestException {

    private final transient ViolationDto violation;

    InvalidParameterException(ViolationDto.InEnum in, String name, String message) {
        super(name + " " + message);
        this.violation = new ViolationDto().in(in).field(name).message(message);
    }

    public ViolationDto violation() {
        return violation;
    }
}
