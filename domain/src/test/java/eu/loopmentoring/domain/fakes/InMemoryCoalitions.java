package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionFilter;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

public final class InMemoryCoalitions implements Coalitions {
    public final Map<UUID, Coalition> byId = new ConcurrentHashMap<>();
    private final InMemoryCoalitionMemberships memberships;
    public int locks;

    @Override
    public Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new java.util.HashMap<>();
        ids.forEach(id -> java.util.Optional.ofNullable(byId.get(id)).ifPresent(c -> names.put(id, c.name())));
        return names;
    }

    public InMemoryCoalitions(InMemoryCoalitionMemberships memberships) {
        this.memberships = memberships;
    }

    private static final Comparator<Coalition> BY_NAME =
            Comparator.comparing(Coalition::name).thenComparing(Coalition::id);

    @Override
    public Optional<Coalition> find(UUID id) {
        return Optional.ofNullable(byId.get(id)).map(this::counted);
    }

    @Override
    public Optional<Coalition> findLocked(UUID id) {
        locks++;
        return find(id);
    }

    @Override
    public synchronized boolean add(Coalition coalition) {
        if (named(coalition.name(), coalition.id())) {
            return false;
        }
        byId.put(coalition.id(), coalition);
        return true;
    }

    @Override
    public synchronized Optional<Coalition> update(Coalition c) {
        Coalition current = byId.get(c.id());
        if (current == null || current.version() != c.version()) {
            return Optional.empty();
        }
        if (named(c.name(), c.id())) {
            throw new ConflictException("name taken");
        }
        Coalition stored = new Coalition(
                c.id(),
                c.name(),
                c.description(),
                c.countries(),
                c.admission(),
                c.createdBy(),
                c.createdAt(),
                c.memberCount(),
                c.version() + 1);
        byId.put(c.id(), stored);
        return Optional.of(counted(stored));
    }

    @Override
    public Page<Coalition> list(CoalitionFilter filter, PageRequest page) {
        Function<Coalition, Keyset> keyOf = c -> Keyset.of(c.name(), c.id().toString());
        List<Coalition> rows = byId.values().stream()
                .filter(c -> filter.country().map(c.countries()::contains).orElse(true))
                .filter(c -> filter.namePrefix()
                        .map(p -> c.name().toLowerCase(Locale.ROOT).startsWith(p.toLowerCase(Locale.ROOT)))
                        .orElse(true))
                .sorted(BY_NAME)
                .filter(c -> page.after()
                        .map(k -> c.name().compareTo(k.value(0)) > 0
                                || (c.name().equals(k.value(0)) && c.id().compareTo(UUID.fromString(k.value(1))) > 0))
                        .orElse(true))
                .limit(page.fetchSize())
                .map(this::counted)
                .toList();
        return Page.fromOverfetch(rows, page, keyOf);
    }

    private boolean named(String name, UUID except) {
        return byId.values().stream()
                .anyMatch(c -> !c.id().equals(except) && c.name().equalsIgnoreCase(name));
    }

    private Coalition counted(Coalition c) {
        return new Coalition(
                c.id(),
                c.name(),
                c.description(),
                c.countries(),
                c.admission(),
                c.createdBy(),
                c.createdAt(),
                memberships.countActive(c.id()),
                c.version());
    }
}
