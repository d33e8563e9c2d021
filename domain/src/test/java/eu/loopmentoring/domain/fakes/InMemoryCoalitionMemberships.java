package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryCoalitionMemberships implements CoalitionMemberships {
    public final Map<UUID, CoalitionMembership> byId = new ConcurrentHashMap<>();

    private static final Comparator<CoalitionMembership> OLDEST_FIRST =
            Comparator.comparing(CoalitionMembership::requestedAt).thenComparing(CoalitionMembership::id);

    @Override
    public Optional<CoalitionMembership> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<CoalitionMembership> find(UUID coalitionId, UUID personId) {
        return byId.values().stream()
                .filter(m -> m.coalitionId().equals(coalitionId) && m.personId().equals(personId))
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

    public int countActive(UUID coalitionId) {
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
