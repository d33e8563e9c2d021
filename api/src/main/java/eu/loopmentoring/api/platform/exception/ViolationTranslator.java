package eu.loopmentoring.api.platform.exception;

import com.fasterxml.jackson.databind.JsonMappingException;
import eu.loopmentoring.api.platform.http.Annotated;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns Bean Validation results on resource methods into the violations of a problem: each names
 * where the value was (query, path, header, body) and the name the client used for it, not the
 * Java parameter name.
 */
final class ViolationTranslator {

    record Outcome(List<ViolationDto> violations, boolean serverFault) {}

    private record Location(ViolationDto.InEnum in, String name) {}

    Outcome translate(Set<ConstraintViolation<?>> constraintViolations) {
        List<ViolationDto> result = new ArrayList<>();
        for (ConstraintViolation<?> violation : constraintViolations) {
            Optional<ViolationDto> translated = translate(violation);
            if (translated.isEmpty()) {
                // A violated return value is our bug, not the client's.
                return new Outcome(List.of(), true);
            }
            result.add(translated.get());
        }
        result.sort(Comparator.comparing(ViolationDto::getField).thenComparing(ViolationDto::getMessage));
        return new Outcome(result, false);
    }

    private Optional<ViolationDto> translate(ConstraintViolation<?> violation) {
        Path.MethodNode method = null;
        Location location = null;
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> method = node.as(Path.MethodNode.class);
                case RETURN_VALUE -> {
                    return Optional.empty();
                }
                case PARAMETER ->
                    location = locate(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> appendProperty(property, node);
                default -> {}
            }
        }
        if (location == null) {
            location = new Location(ViolationDto.InEnum.BODY, "");
        }
        String field = location.in() == ViolationDto.InEnum.BODY
                ? (property.isEmpty() ? "body" : property.toString())
                : location.name();
        return Optional.of(new ViolationDto().in(location.in()).field(field).message(violation.getMessage()));
    }

    private static void appendProperty(StringBuilder property, Path.Node node) {
        if (node.getKind() == ElementKind.CONTAINER_ELEMENT
                && node.getName() != null
                && node.getName().startsWith("<")) {
            return;
        }
        if (node.getIndex() != null && !property.isEmpty()) {
            property.append('[').append(node.getIndex()).append(']');
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
            if (!property.isEmpty()) {
                property.append('.');
            }
            property.append(node.getName());
        }
        if (node.getKey() != null) {
            property.append('[').append(node.getKey()).append(']');
        }
    }

    private static Location locate(Class<?> resource, Path.MethodNode methodNode, Path.ParameterNode parameter) {
        if (methodNode == null) {
            return new Location(ViolationDto.InEnum.BODY, parameter.getName());
        }
        Class<?>[] types = methodNode.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type : Annotated.hierarchy(resource)) {
            try {
                Method method = type.getDeclaredMethod(methodNode.getName(), types);
                Annotation[] annotations = method.getParameterAnnotations()[parameter.getParameterIndex()];
                for (Annotation annotation : annotations) {
                    Location location = switch (annotation) {
                        case QueryParam q -> new Location(ViolationDto.InEnum.QUERY, q.value());
                        case PathParam p -> new Location(ViolationDto.InEnum.PATH, p.value());
                        case HeaderParam h -> new Location(ViolationDto.InEnum.HEADER, h.value());
                        case FormParam f -> new Location(ViolationDto.InEnum.BODY, f.value());
                        case CookieParam c -> new Location(ViolationDto.InEnum.HEADER, "Cookie " + c.value());
                        default -> null;
                    };
                    if (location != null) {
                        return location;
                    }
                }
            } catch (NoSuchMethodException e) {
                // keep looking: the JAX-RS annotations live on the generated interface
            }
        }
        return new Location(ViolationDto.InEnum.BODY, "");
    }

    /** {@code goals[2].title} from a Jackson path. */
    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
