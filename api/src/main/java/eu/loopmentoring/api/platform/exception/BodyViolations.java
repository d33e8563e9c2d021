package eu.loopmentoring.api.platform.exception;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import eu.loopmentoring.api.platform.http.BodyCheck;
import eu.loopmentoring.api.platform.json.RefusedValueException;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a JSON body as the resource method would (the application's strict mapper, then Bean
 * Validation) and says what is wrong with it in the terms of a problem's violations. Also the one
 * wording of a Jackson mapping failure for {@link ProblemExceptionMapper}.
 */
@ApplicationScoped
class BodyViolations implements BodyCheck {

    private final ObjectMapper json;
    private final Validator validator;
    private final ViolationTranslator translator = new ViolationTranslator();

    BodyViolations(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    @Override
    public List<ViolationDto> violations(Type type, byte[] body) {
        Object value;
        try {
            value = json.readerFor(json.constructType(type)).readValue(body);
        } catch (JsonMappingException mapping) {
            return mapping.getPath().isEmpty()
                    ? List.of()
                    : List.of(new ViolationDto()
                            .in(ViolationDto.InEnum.BODY)
                            .field(ViolationTranslator.jsonPath(mapping.getPath()))
                            .message(message(mapping)));
        } catch (JsonProcessingException malformed) {
            return List.of();
        } catch (IOException unreadable) {
            return List.of();
        }
        if (value == null) {
            return List.of();
        }
        ViolationTranslator.Outcome outcome =
                translator.translate(new HashSet<ConstraintViolation<?>>(validator.validate(value)));
        return outcome.violations();
    }

    /** What a client must change in the value at the path of a Jackson mapping failure. */
    static String message(JsonMappingException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.requirement();
        }
        if (e.getCause() instanceof InputCoercionException overflow) {
            return "must be " + describe(overflow.getTargetType()) + " within its range";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a known property"
                    + (unknown.getKnownPropertyIds() == null
                                    || unknown.getKnownPropertyIds().isEmpty()
                            ? ""
                            : "; known properties: "
                                    + unknown.getKnownPropertyIds().stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof ValueInstantiationException instantiation
                && instantiation.getType() != null
                && instantiation.getType().isEnumType()) {
            // the generated enums refuse unknown values from their @JsonCreator
            return "must be one of " + allowedValues(instantiation.getType().getRawClass());
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + allowedValues(target);
            }
            return "must be " + describe(target);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "is not valid here";
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "OffsetDateTime", "Instant" -> "an ISO-8601 date-time such as 2026-01-31T09:00:00Z";
            case "LocalDate" -> "an ISO-8601 date such as 2026-01-31";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "Double", "double", "Float", "float", "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default ->
                List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)
                        ? "an array"
                        : "an object";
        };
    }
}
