package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapters that keep each port's contract, for the identity rules' tests. */
public final class Fakes {

    private Fakes() {}

    public static class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A clock that moves {@code step} (one second by default) on every reading, so that events have an order. */
    public static final class TickingClock extends MutableClock {
        private final Duration step;

        public TickingClock() {
            this(Duration.ofSeconds(1));
        }

        public TickingClock(Duration step) {
            this.step = step;
        }

        @Override
        public synchronized Instant instant() {
            advance(step);
            return super.instant();
        }
    }

    /** "Hashes" by prefixing, so tests can see that nothing is stored in clear. */
    public static final class PrefixHasher implements PasswordHasher {
        int calls;

        @Override
        public String hash(String password) {
            calls++;
            return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            calls++;
            return hash.equals("hashed:" + password);
        }
    }

    public static final class InMemoryPeople implements People {
        final Map<UUID, Person> byId = new ConcurrentHashMap<>();

        /** A person with a random id and email, added and returned. */
        public Person register(String displayName, PlatformRole... roles) {
            UUID id = UUID.randomUUID();
            Person person = new Person(
                    id,
                    new Email(id + "@example.org"),
                    "hashed",
                    displayName,
                    "PT",
                    "pt",
                    Set.of(roles),
                    Instant.parse("2026-01-01T00:00:00Z"),
                    0);
            add(person);
            return person;
        }

        @Override
        public Optional<Person> find(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Person> findByEmail(Email email) {
            return byId.values().stream().filter(p -> p.email().equals(email)).findFirst();
        }

        @Override
        public synchronized boolean add(Person person) {
            if (findByEmail(person.email()).isPresent()) {
                return false;
            }
            byId.put(person.id(), person);
            return true;
        }

        @Override
        public synchronized Optional<Person> update(Person person) {
            Person current = byId.get(person.id());
            if (current == null || current.version() != person.version()) {
                return Optional.empty();
            }
            Person stored = new Person(
                    person.id(),
                    person.email(),
                    person.passwordHash(),
                    person.displayName(),
                    person.country(),
                    person.preferredLanguage(),
                    person.platformRoles(),
                    person.createdAt(),
                    person.version() + 1);
            byId.put(stored.id(), stored);
            return Optional.of(stored);
        }

        @Override
        public Page<Person> list(Optional<String> emailPrefix, PageRequest page) {
            List<Person> rows = byId.values().stream()
                    .filter(p -> emailPrefix
                            .map(x -> p.email().value().startsWith(x))
                            .orElse(true))
                    .sorted(Comparator.comparing((Person p) -> p.email().value()))
                    .limit(page.fetchSize())
                    .toList();
            return Page.fromOverfetch(rows, page, p -> Keyset.of(p.email().value()));
        }

        @Override
        public boolean anyAdministrator() {
            return byId.values().stream().anyMatch(p -> p.platformRoles().contains(PlatformRole.ADMINISTRATOR));
        }
    }

    public static final class InMemoryAudit implements AuditLog {
        final List<AuditEvent> events = new ArrayList<>();

        @Override
        public synchronized void record(AuditEvent event) {
            events.add(event);
        }

        @Override
        public Page<AuditEvent> list(AuditFilter filter, PageRequest page) {
            return new Page<>(List.copyOf(events), Optional.empty());
        }

        @Override
        public synchronized List<AuditEvent> involving(UUID personId) {
            Optional<UUID> person = Optional.of(personId);
            return events.stream()
                    .filter(e -> e.actorId().equals(person) || e.subjectId().equals(person))
                    .sorted(Comparator.comparing(AuditEvent::occurredAt).reversed())
                    .toList();
        }

        public synchronized List<AuditEvent> events() {
            return List.copyOf(events);
        }

        public List<AuditEventType> types() {
            return events.stream().map(AuditEvent::type).toList();
        }
    }

    public static final class InMemoryAttempts implements LoginAttempts {
        private record Counter(int failures, Instant windowStart, Instant lockedUntil) {}

        private final Map<String, Counter> counters = new HashMap<>();

        @Override
        public Optional<Instant> lockedUntil(String key, Instant now) {
            Counter counter = counters.get(key);
            return counter == null
                            || counter.lockedUntil() == null
                            || !counter.lockedUntil().isAfter(now)
                    ? Optional.empty()
                    : Optional.of(counter.lockedUntil());
        }

        @Override
        public void recordFailure(String key, Instant now, ThrottlePolicy policy) {
            Counter counter = counters.get(key);
            if (counter == null || counter.windowStart().plus(policy.window()).isBefore(now)) {
                counter = new Counter(0, now, null);
            }
            int failures = counter.failures() + 1;
            Instant lock = failures >= policy.maxFailures() ? now.plus(policy.lockout()) : counter.lockedUntil();
            counters.put(key, new Counter(failures, counter.windowStart(), lock));
        }

        @Override
        public void clear(String key) {
            counters.remove(key);
        }
    }

    public static final class InMemoryRefreshTokens implements RefreshTokenStore {
        final Map<UUID, RefreshToken> tokens = new ConcurrentHashMap<>();

        @Override
        public void add(RefreshToken token) {
            tokens.put(token.id(), token);
        }

        @Override
        public Optional<RefreshToken> findByHash(String tokenHash) {
            return tokens.values().stream()
                    .filter(t -> t.tokenHash().equals(tokenHash))
                    .findFirst();
        }

        @Override
        public synchronized boolean markUsed(UUID id, Instant at) {
            RefreshToken t = tokens.get(id);
            if (t.usedAt().isPresent() || t.revokedAt().isPresent()) {
                return false;
            }
            tokens.put(id, with(t, Optional.of(at), t.revokedAt()));
            return true;
        }

        @Override
        public void revokeFamily(UUID familyId, Instant at) {
            tokens.replaceAll(
                    (id, t) -> t.familyId().equals(familyId) && t.revokedAt().isEmpty()
                            ? with(t, t.usedAt(), Optional.of(at))
                            : t);
        }

        @Override
        public void revokeAllOf(UUID personId, Instant at) {
            tokens.replaceAll(
                    (id, t) -> t.personId().equals(personId) && t.revokedAt().isEmpty()
                            ? with(t, t.usedAt(), Optional.of(at))
                            : t);
        }

        private static RefreshToken with(RefreshToken t, Optional<Instant> used, Optional<Instant> revoked) {
            return new RefreshToken(
                    t.id(), t.familyId(), t.personId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), used, revoked);
        }
    }
}
