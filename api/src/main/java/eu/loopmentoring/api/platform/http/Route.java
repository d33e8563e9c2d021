package eu.loopmentoring.api.platform.http;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The path of an operation of a generated interface, with its path parameters filled in, named by
 * calling the operation: {@code Route.of(CoalitionsApi.class, api -> api.getCoalition(id))}. The
 * compiler checks the operation and its parameters against the contract; nothing is called.
 */
public final class Route {

    private Route() {}

    public static <A> URI of(Class<A> api, Function<A, ?> operation) {
        Recorder recorder = new Recorder();
        operation.apply(api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, recorder)));
        if (recorder.method == null) {
            throw new IllegalArgumentException("Name an operation of " + api.getSimpleName() + ".");
        }
        return uri(api, recorder.method, recorder.arguments);
    }

    private static URI uri(Class<?> api, Method operation, Object[] arguments) {
        Path path = operation.getAnnotation(Path.class);
        if (path == null) {
            throw new IllegalArgumentException(operation.getName() + " is not an operation with a path.");
        }
        Path base = api.getAnnotation(Path.class);
        UriBuilder uri = base == null
                ? UriBuilder.fromPath(path.value())
                : UriBuilder.fromPath(base.value()).path(path.value());
        Map<String, Object> values = new HashMap<>();
        Annotation[][] annotations = operation.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam parameter) {
                    values.put(parameter.value(), arguments[i]);
                }
            }
        }
        return uri.buildFromMap(values);
    }

    private static final class Recorder implements java.lang.reflect.InvocationHandler {

        private Method method;
        private Object[] arguments;

        @Override
        public Object invoke(Object proxy, Method called, Object[] args) {
            if (called.getDeclaringClass() == Object.class) {
                throw new IllegalArgumentException("Name an operation, not " + called.getName() + ".");
            }
            method = called;
            arguments = args == null ? new Object[0] : args;
            return null;
        }
    }
}
