package eu.loopmentoring.persistence.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Wraps an adapter so that each call of its port runs in a transaction of its own, as the
 * application services call them; a contract then sees what was committed, not a session's cache.
 */
public final class InTransactions {

    private InTransactions() {}

    public static <P> P each(Class<P> port, P adapter) {
        Object proxy = Proxy.newProxyInstance(
                port.getClassLoader(),
                new Class<?>[] {port},
                (self, method, arguments) -> QuarkusTransaction.requiringNew().call(() -> {
                    try {
                        return method.invoke(adapter, arguments);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        throw e;
                    }
                }));
        return port.cast(proxy);
    }
}
