package eu.loopmentoring.domain.shared;

import java.util.List;

/** Input that a domain rule rejects field by field (e.g. a weak password). */
public final class InvalidInputException extends DomainException {

    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
