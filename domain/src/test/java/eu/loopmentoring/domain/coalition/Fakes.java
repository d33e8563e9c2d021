package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** In-memory adapters that keep each port's contract, for the coalition rules' tests. */
final class Fakes {

    private Fakes() {}

    static final class InMemoryMemberships implements CoalitionMemberships {
        final Map<UUID, CoalitionMembership> byId = new ConcurrentHashMap<>();

        private static final Comparator<CoalitionMembership> OLDEST_FIRST =
                Comparator.comparing(CoalitionMembership::requestedAt).thenComparing(CoalitionMembership::id);

        @Override
        public Optional<CoalitionMembership> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<CoalitionMembership> find(UUID coalitionId, UUID personId) {
            return byId.values().stream()
                    .filter(m ->
                            m.coalitionId().equals(coalitionId) && m.personId().equals(personId))
                    .findFirst();
        }

        @Override
        public List<CoalitionMembership> find(UUID personId, Collection<UUID> coalitionIds) {
            return byId.values().stream()
                    .filter(m -> m.personId().equals(personId) && coalitionIds.contains(m.coalitionId()))
                    .toList();
        }

        @Override
        public List<CoalitionMembership> membershipsOf(UUID personId) {
            return byId.values().stream()
                    .filter(m -> m.personId().equals(personId))
                    .sorted(OLDEST_FIRST)
                    .toList();
        }

        @Override
        public synchronized boolean add(CoalitionMembership membership) {
            if (find(membership.coalitionId(), membership.personId()).isPresent()) {
                return false;
            }
            byId.put(membership.id(), membership);
            return true;
        }

        @Override
        public synchronized Optional<CoalitionMembership> update(CoalitionMembership m) {
            CoalitionMembership current = byId.get(m.id());
            if (current == null || current.version() != m.version()) {
                return Optional.empty();
            }
            CoalitionMembership stored = new CoalitionMembership(
                    m.id(),
                    m.coalitionId(),
                    m.personId(),
                    m.displayName(),
                    m.role(),
                    m.status(),
                    m.requestedAt(),
                    m.joinedAt(),
                    m.version() + 1);
            byId.put(m.id(), stored);
            return Optional.of(stored);
        }

        @Override
        public synchronized boolean remove(CoalitionMembership membership) {
            CoalitionMembership current = byId.get(membership.id());
            if (current == null || current.version() != membership.version()) {
                return false;
            }
            byId.remove(membership.id());
            return true;
        }

        @Override
        public int countCoordinators(UUID coalitionId) {
            return (int) byId.values().stream()
                    .filter(m -> m.coalitionId().equals(coalitionId) && m.isCoordinator())
                    .count();
        }

        @Override
        public int count(UUID coalitionId) {
            return (int) byId.values().stream()
                    .filter(m -> m.coalitionId().equals(coalitionId))
                    .count();
        }

        int countActive(UUID coalitionId) {
            return (int) byId.values().stream()
                    .filter(m -> m.coalitionId().equals(coalitionId) && m.isActive())
                    .count();
        }

        @Override
        public Page<CoalitionMembership> list(UUID coalitionId, Optional<MembershipStatus> status, PageRequest page) {
            List<CoalitionMembership> rows = byId.values().stream()
                    .filter(m -> m.coalitionId().equals(coalitionId))
                    .filter(m -> status.map(s -> s == m.status()).orElse(true))
                    .sorted(OLDEST_FIRST)
                    .filter(m -> page.after()
                            .map(k -> OLDEST_FIRST.compare(m, keyed(k)) > 0)
                            .orElse(true))
                    .limit(page.fetchSize())
                    .toList();
            return Page.fromOverfetch(rows, page, m -> Keyset.of(m.requestedAt().toString(), m.id().toString()));
        }

        private static CoalitionMembership keyed(Keyset keyset) {
            Instant at = Instant.parse(keyset.value(0));
            return new CoalitionMembership(
                    UUID.fromString(keyset.value(1)),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "",
                    CoalitionRole.MEMBER,
                    MembershipStatus.REQUESTED,
                    at,
                    Optional.empty(),
                    0);
        }
    }

    static final class InMemoryCoalitions implements Coalitions {
        final Map<UUID, Coalition> byId = new ConcurrentHashMap<>();
        private final InMemoryMemberships memberships;
        int locks;

        @Override
        public Map<UUID, String> names(java.util.Collection<UUID> ids) {
            Map<UUID, String> names = new java.util.HashMap<>();
            ids.forEach(id -> java.util.Optional.ofNullable(byId.get(id)).ifPresent(c -> names.put(id, c.name())));
            return names;
        }

        InMemoryCoalitions(InMemoryMemberships memberships) {
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
                                    || (c.name().equals(k.value(0))
                                            && c.id().compareTo(UUID.fromString(k.value(1))) > 0))
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
}
