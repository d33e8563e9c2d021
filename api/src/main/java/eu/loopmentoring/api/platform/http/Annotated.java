package eu.loopmentoring.api.platform.http;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds where a resource method's JAX-RS annotations live: on the interface generated from the
 * contract, not on the class that implements it.
 */
public final class Annotated {

    private Annotated() {}

    /** The method in {@code implementation}'s hierarchy that carries the HTTP method annotation. */
    public static Method declaringJaxRs(Method implementation) {
        for (Class<?> type : hierarchy(implementation.getDeclaringClass())) {
            try {
                Method candidate = type.getDeclaredMethod(implementation.getName(), implementation.getParameterTypes());
                for (Annotation annotation : candidate.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                        return candidate;
                    }
                }
            } catch (NoSuchMethodException e) {
                // not declared at this level
            }
        }
        return implementation;
    }

    /** The class, its superclasses and all their interfaces, nearest first. */
    public static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (next == Object.class || all.contains(next)) {
                continue;
            }
            all.add(next);
            pending.addAll(List.of(next.getInterfaces()));
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
        }
        return all;
    }
}
