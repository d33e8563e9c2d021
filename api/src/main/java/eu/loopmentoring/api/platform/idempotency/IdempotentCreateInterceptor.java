package eu.loopmentoring.api.platform.idempotency;

import eu.loopmentoring.api.platform.http.DeclaredRoutes;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs an {@link IdempotentCreate} method through {@link Idempotency#once}. Its priority puts it
 * inside the transaction (200) and after Bean Validation (4800), so that an invalid request never
 * claims a key.
 */
@IdempotentCreate
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
class IdempotentCreateInterceptor {

    private static final String ANONYMOUS = "anonymous";
    private static final Map<Method, IdempotentOperation> OPERATIONS = new ConcurrentHashMap<>();

    private final Idempotency idempotency;
    private final CurrentSubject current;
    private final DeclaredRoutes routes;
    private final RoutingContext http;

    IdempotentCreateInterceptor(
            Idempotency idempotency, CurrentSubject current, DeclaredRoutes routes, RoutingContext http) {
        this.idempotency = idempotency;
        this.current = current;
        this.routes = routes;
        this.http = http;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        IdempotentOperation operation = OPERATIONS.computeIfAbsent(invocation.getMethod(), IdempotentOperation::of);
        Object[] arguments = invocation.getParameters();
        String key = operation.key(arguments);
        if (key == null) {
            return invocation.proceed();
        }
        return idempotency.once(key, caller(), operation.id(), operation.request(arguments), () -> proceed(invocation));
    }

    private String caller() {
        HttpServerRequest request = http.request();
        return routes.secured(request.method().name(), request.path())
                ? current.require().id().toString()
                : ANONYMOUS;
    }

    private static Response proceed(InvocationContext invocation) {
        try {
            return (Response) invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
