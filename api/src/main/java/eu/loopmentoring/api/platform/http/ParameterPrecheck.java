package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.api.platform.json.StrictJson;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every query, path and header parameter of a request against what the interface generated
 * from the contract declares for it (its type, whether it may repeat, and its {@code @Min},
 * {@code @Max}, {@code @Size} and {@code @Pattern}) before JAX-RS converts anything, and answers
 * all the violations of the request in one 400. JAX-RS alone would answer an unconvertible query
 * or path parameter with a bare 404, read {@code facets=maybe} as false, and silently take one
 * of two values given for {@code limit}. Any query or path parameter holding the NUL character is
 * refused the same way, and so are form fields ({@link #formFields}).
 */
public class ParameterPrecheck {

    /** One declared parameter; {@code convert} is empty for a value that is not of its type. */
    private record Declared(
            ViolationDto.InEnum in,
            String name,
            boolean repeatable,
            Function<String, Optional<Object>> convert,
            String requirement,
            List<Annotation> constraints) {}

    private final Map<Method, List<Declared>> declared = new ConcurrentHashMap<>();
    private final Map<Method, Optional<Type>> bodies = new ConcurrentHashMap<>();
    private final BodyCheck bodyCheck;

    ParameterPrecheck(BodyCheck bodyCheck) {
        this.bodyCheck = bodyCheck;
    }

    @ServerRequestFilter
    public void precheck(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<ViolationDto> violations = new ArrayList<>();
        nul(ViolationDto.InEnum.PATH, request.getUriInfo().getPathParameters(), violations);
        nul(ViolationDto.InEnum.QUERY, request.getUriInfo().getQueryParameters(), violations);
        for (Declared parameter : declared.computeIfAbsent(method, ParameterPrecheck::declaredBy)) {
            List<String> values = switch (parameter.in()) {
                case QUERY -> request.getUriInfo().getQueryParameters().get(parameter.name());
                case PATH -> request.getUriInfo().getPathParameters().get(parameter.name());
                default -> request.getHeaders().get(parameter.name());
            };
            if (values != null) {
                check(parameter, values)
                        .ifPresent(message -> violations.add(new ViolationDto()
                                .in(parameter.in())
                                .field(parameter.name())
                                .message(message)));
            }
        }
        if (!violations.isEmpty()) {
            violations.addAll(bodyViolations(method, request));
            throw new InvalidParameterException(violations);
        }
    }

    /**
     * The violations of a JSON body, read here only when the parameters are already refused: all
     * that is wrong with a request comes in one answer. Nothing for a body that is absent, not JSON
     * or not well-formed (the parameters' violations stand alone then).
     */
    private List<ViolationDto> bodyViolations(Method method, ContainerRequestContext request) {
        Optional<Type> type = bodies.computeIfAbsent(method, ParameterPrecheck::bodyType);
        MediaType mediaType = request.getMediaType();
        if (type.isEmpty()
                || mediaType == null
                || !(mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || mediaType.getSubtype().endsWith("+json"))) {
            return List.of();
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        return body.length == 0 ? List.of() : bodyCheck.violations(type.get(), body);
    }

    /** The type of the body parameter: the one without a JAX-RS or context annotation. */
    private static Optional<Type> bodyType(Method implementation) {
        Method method = Annotated.declaringJaxRs(implementation);
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().equals(QueryParam.class.getPackageName())
                            || a.annotationType().equals(jakarta.ws.rs.core.Context.class)
                            || a.annotationType().getPackageName().startsWith("org.jboss.resteasy.reactive"));
            if (!annotated) {
                return Optional.of(parameter.getParameterizedType());
            }
        }
        return Optional.empty();
    }

    /**
     * The fields of a form body, given as name, value, name, value... JAX-RS parses a form only
     * after the request filters, so form resources (the OAuth token and revocation endpoints) call
     * this first.
     */
    public static void formFields(String... namesAndValues) {
        List<ViolationDto> violations = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            nul(ViolationDto.InEnum.BODY, namesAndValues[i], value == null ? List.of() : List.of(value), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidParameterException(violations);
        }
    }

    /** No text the service receives may hold NUL: PostgreSQL cannot store it. */
    private static void nul(
            ViolationDto.InEnum in, MultivaluedMap<String, String> parameters, List<ViolationDto> violations) {
        parameters.forEach((name, values) -> nul(in, name, values, violations));
    }

    private static void nul(ViolationDto.InEnum in, String name, List<String> values, List<ViolationDto> violations) {
        if (values.stream().anyMatch(value -> value != null && !StrictJson.storable(value))) {
            violations.add(new ViolationDto().in(in).field(name).message(StrictJson.NO_NUL));
        }
    }

    /** What is wrong with the values given for one parameter, if anything (one message each). */
    private static Optional<String> check(Declared parameter, List<String> values) {
        if (values.size() > 1 && !parameter.repeatable()) {
            return Optional.of("must be given once, not " + values.size() + " times");
        }
        for (String value : values) {
            Optional<Object> converted = parameter.convert().apply(value);
            if (converted.isEmpty()) {
                return Optional.of(parameter.requirement());
            }
            for (Annotation constraint : parameter.constraints()) {
                Optional<String> broken = broken(constraint, converted.get());
                if (broken.isPresent()) {
                    return broken;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> broken(Annotation constraint, Object value) {
        return switch (constraint) {
            case Min min
            when value instanceof Number n && n.longValue() < min.value() ->
                Optional.of("must be at least " + min.value());
            case Max max
            when value instanceof Number n && n.longValue() > max.value() ->
                Optional.of("must be at most " + max.value());
            case Size size
            when value instanceof String s && (s.length() < size.min() || s.length() > size.max()) ->
                Optional.of(
                        size.max() == Integer.MAX_VALUE
                                ? "must have at least " + size.min() + " characters"
                                : "must have " + size.min() + " to " + size.max() + " characters");
            case Pattern pattern
            when value instanceof String s
                    && !java.util.regex.Pattern.compile(pattern.regexp())
                            .matcher(s)
                            .matches() -> Optional.of("must match " + pattern.regexp());
            default -> Optional.empty();
        };
    }

    private static List<Declared> declaredBy(Method implementation) {
        Method method = Annotated.declaringJaxRs(implementation);
        List<Declared> result = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                ViolationDto.InEnum in;
                String name;
                if (annotation instanceof QueryParam q) {
                    in = ViolationDto.InEnum.QUERY;
                    name = q.value();
                } else if (annotation instanceof PathParam p) {
                    in = ViolationDto.InEnum.PATH;
                    name = p.value();
                } else if (annotation instanceof HeaderParam h) {
                    in = ViolationDto.InEnum.HEADER;
                    name = h.value();
                } else {
                    continue;
                }
                List<Annotation> constraints = Arrays.stream(parameter.getAnnotations())
                        .filter(a -> a instanceof Min || a instanceof Max || a instanceof Size || a instanceof Pattern)
                        .toList();
                // Headers such as If-Match may legitimately be repeated or listed by proxies.
                boolean repeatable =
                        in == ViolationDto.InEnum.HEADER || Collection.class.isAssignableFrom(parameter.getType());
                result.add(converter(parameter.getType(), in, name, repeatable, constraints));
            }
        }
        return List.copyOf(result);
    }

    private static Declared converter(
            Class<?> type, ViolationDto.InEnum in, String name, boolean repeatable, List<Annotation> constraints) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            long min = type == Long.class || type == long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
            long max = type == Long.class || type == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
            return new Declared(
                    in, name, repeatable, value -> integer(value, min, max), "must be an integer", constraints);
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Declared(
                    in,
                    name,
                    repeatable,
                    value -> value.equals("true") || value.equals("false")
                            ? Optional.of(Boolean.valueOf(value))
                            : Optional.empty(),
                    "must be true or false",
                    constraints);
        }
        if (type == UUID.class) {
            return new Declared(in, name, repeatable, ParameterPrecheck::uuid, "must be a UUID", constraints);
        }
        if (type.isEnum()) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return new Declared(
                    in,
                    name,
                    repeatable,
                    value -> allowed.contains(value) ? Optional.of(value) : Optional.empty(),
                    "must be one of " + String.join(", ", allowed),
                    constraints);
        }
        return new Declared(in, name, repeatable, Optional::of, "", constraints);
    }

    private static Optional<Object> integer(String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value);
            return parsed < min || parsed > max ? Optional.empty() : Optional.of(parsed);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> uuid(String value) {
        // UUID.fromString accepts short forms such as "1-2-3-4-5"; an id is always 36 characters.
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
