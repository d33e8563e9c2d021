package eu.loopmentoring.api.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A body value of the right JSON type that the service refuses; the requirement is what the client reads. */
public class RefusedValueException extends MismatchedInputException {

    private final String requirement;

    RefusedValueException(JsonParser parser, String requirement) {
        super(parser, requirement);
        this.requirement = requirement;
    }

    /** For instance "must not contain the NUL character (U+0000)". */
    public String requirement() {
        return requirement;
    }
}
