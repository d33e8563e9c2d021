package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.api.platform.json.StrictJson;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks typed query, path and header parameters before JAX-RS converts them, so that a bad value
 * is a 400 that names the parameter and says what it must be. (JAX-RS itself answers an
 * unconvertible query or path parameter with a bare 404 and no name.) Any query or path parameter
 * holding the NUL character is refused the same way, and so are form fields ({@link #formFields}).
 */
public class ParameterPrecheck {

    private record Check(ViolationDto.InEnum in, String name, Predicate<String> valid, String requirement) {}

    private final Map<Method, List<Check>> checks = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void precheck(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        refuseNul(ViolationDto.InEnum.PATH, request.getUriInfo().getPathParameters());
        refuseNul(ViolationDto.InEnum.QUERY, request.getUriInfo().getQueryParameters());
        for (Check check : checks.computeIfAbsent(method, ParameterPrecheck::checksOf)) {
            List<String> values = switch (check.in()) {
                case QUERY -> request.getUriInfo().getQueryParameters().get(check.name());
                case PATH -> request.getUriInfo().getPathParameters().get(check.name());
                default -> request.getHeaders().get(check.name());
            };
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!check.valid().test(value)) {
                    throw new InvalidParameterException(check.in(), check.name(), check.requirement());
                }
            }
        }
    }

    /**
     * The fields of a form body, given as name, value, name, value... JAX-RS parses a form only
     * after the request filters, so form resources (the OAuth token and revocation endpoints) call
     * this first.
     */
    public static void formFields(String... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            refuseNul(ViolationDto.InEnum.BODY, namesAndValues[i], value == null ? List.of() : List.of(value));
        }
    }

    /** No text the service receives may hold NUL: PostgreSQL cannot store it. */
    private static void refuseNul(ViolationDto.InEnum in, MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> refuseNul(in, name, values));
    }

    private static void refuseNul(ViolationDto.InEnum in, String name, List<String> values) {
        for (String value : values) {
            if (value != null && !StrictJson.storable(value)) {
                throw new InvalidParameterException(in, name, StrictJson.NO_NUL);
            }
        }
    }

    private static List<Check> checksOf(Method implementation) {
        Method declared = Annotated.declaringJaxRs(implementation);
        List<Check> checks = new ArrayList<>();
        Parameter[] parameters = declared.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            for (Annotation annotation : parameters[i].getAnnotations()) {
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
                Check check = checkFor(type, in, name);
                if (check != null) {
                    checks.add(check);
                }
            }
        }
        return List.copyOf(checks);
    }

    private static Check checkFor(Class<?> type, ViolationDto.InEnum in, String name) {
        if (type == Integer.class || type == int.class) {
            return new Check(in, name, ParameterPrecheck::isInteger, "must be an integer");
        }
        if (type == Long.class || type == long.class) {
            return new Check(in, name, ParameterPrecheck::isLong, "must be an integer");
        }
        if (type == UUID.class) {
            return new Check(in, name, ParameterPrecheck::isUuid, "must be a UUID");
        }
        if (type.isEnum()) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return new Check(in, name, allowed::contains, "must be one of " + String.join(", ", allowed));
        }
        return null;
    }

    private static boolean isInteger(String value) {
        try {
            Integer.parseInt(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isLong(String value) {
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isUuid(String value) {
        // UUID.fromString accepts short forms such as "1-2-3-4-5"; an id is always 36 characters.
        try {
            return value.length() == 36 && UUID.fromString(value) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
