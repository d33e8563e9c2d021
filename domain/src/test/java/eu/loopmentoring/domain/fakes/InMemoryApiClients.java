package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.partner.ApiClient;
import eu.loopmentoring.domain.partner.ApiClients;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryApiClients implements ApiClients {
    public final Map<UUID, ApiClient> all = new ConcurrentHashMap<>();

    @Override
    public Optional<ApiClient> find(UUID id) {
        return Optional.ofNullable(all.get(id));
    }

    @Override
    public void add(ApiClient client) {
        all.put(client.id(), client);
    }

    @Override
    public synchronized Optional<ApiClient> update(ApiClient c) {
        ApiClient current = all.get(c.id());
        if (current == null || current.version() != c.version()) {
            return Optional.empty();
        }
        ApiClient stored = new ApiClient(
                c.id(),
                c.name(),
                c.organizationId(),
                c.scopes(),
                c.enabled(),
                c.secrets(),
                c.createdBy(),
                c.createdAt(),
                c.version() + 1);
        all.put(c.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public Page<ApiClient> list(Optional<UUID> organizationId, PageRequest page) {
        return FakePages.byKey(
                all.values().stream()
                        .filter(c ->
                                organizationId.map(c.organizationId()::equals).orElse(true)),
                page,
                c -> List.of(c.name().toLowerCase(Locale.ROOT), c.id().toString()));
    }
}
