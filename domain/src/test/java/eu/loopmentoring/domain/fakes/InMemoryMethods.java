package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.MethodFilter;
import eu.loopmentoring.domain.school.Methods;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The toolbox in memory: ordered by name then id, filtered, in keyset pages. */
public final class InMemoryMethods implements Methods {
    public final Map<UUID, Method> byId = new ConcurrentHashMap<>();

    public InMemoryMethods(Method... methods) {
        for (Method method : methods) {
            add(method);
        }
    }

    /** The port has no writer: the toolbox is maintained outside the API. */
    public void add(Method method) {
        byId.put(method.id(), method);
    }

    @Override
    public Optional<Method> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Page<Method> list(MethodFilter filter, PageRequest page) {
        return FakePages.byKey(
                byId.values().stream().filter(filter::accepts), page, m -> List.of(m.name(), m.id().toString()));
    }
}
