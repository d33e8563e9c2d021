package eu.loopmentoring.api.platform.idempotency;

import jakarta.ws.rs.HeaderParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What {@link IdempotentCreate} needs to know of a resource method: the operation id (the method's
 * name, after which the generator names it), which argument is the {@code Idempotency-Key}, and
 * which arguments make up the request whose fingerprint a replay must match (all the others).
 */
record IdempotentOperation(String id, int keyIndex) {

    static final String HEADER = "Idempotency-Key";

    static IdempotentOperation of(Method method) {
        return new IdempotentOperation(
                method.getName(),
                keyIndex(method)
                        .orElseThrow(() -> new IllegalStateException(method.getDeclaringClass()
                                        .getSimpleName()
                                + "." + method.getName() + " is @IdempotentCreate but its operation declares no "
                                + HEADER + " header")));
    }

    /** The position of the key among the method's parameters, as the method or an interface it implements says. */
    static Optional<Integer> keyIndex(Method method) {
        return declarations(method).stream()
                .flatMap(declared -> IntStream.range(0, declared.getParameterCount())
                        .filter(i -> isKey(declared.getParameterAnnotations()[i]))
                        .boxed())
                .findFirst();
    }

    String key(Object[] arguments) {
        return (String) arguments[keyIndex];
    }

    /** One argument stands for itself; several are fingerprinted as a list, in order. */
    Object request(Object[] arguments) {
        List<Object> request = new ArrayList<>(Arrays.asList(arguments));
        request.remove(keyIndex);
        return request.size() == 1 ? request.getFirst() : request;
    }

    private static List<Method> declarations(Method method) {
        List<Method> declarations = new ArrayList<>(List.of(method));
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> api : type.getInterfaces()) {
                try {
                    declarations.add(api.getMethod(method.getName(), method.getParameterTypes()));
                } catch (NoSuchMethodException e) {
                    // not this interface's operation
                }
            }
        }
        return declarations;
    }

    private static boolean isKey(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .anyMatch(a -> a instanceof HeaderParam header && header.value().equalsIgnoreCase(HEADER));
    }
}
