package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Enrollments;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Enrollments in memory; one running enrollment per person and lineage, as the adapter's unique index keeps it. */
public final class InMemoryEnrollments implements Enrollments {

    public final Map<UUID, Enrollment> byId = new ConcurrentHashMap<>();

    @Override
    public synchronized Optional<Enrollment> add(Enrollment enrollment) {
        Optional<Enrollment> running = byId.values().stream()
                .filter(Enrollment::isActive)
                .filter(e -> e.personId().equals(enrollment.personId()))
                .filter(e -> e.path().lineageId().equals(enrollment.path().lineageId()))
                .findFirst();
        if (running.isEmpty()) {
            byId.put(enrollment.id(), enrollment);
        }
        return running;
    }

    @Override
    public Optional<Enrollment> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Enrollment> update(Enrollment enrollment) {
        Enrollment before = byId.get(enrollment.id());
        if (before == null || before.version() != enrollment.version()) {
            return Optional.empty();
        }
        Enrollment next = FakeVersions.stored(before, before.version(), v -> withVersion(enrollment, v));
        byId.put(enrollment.id(), next);
        return Optional.of(next);
    }

    @Override
    public Page<Enrollment> of(UUID personId, Optional<EnrollmentStatus> status, PageRequest page) {
        return FakePages.byKeyDescending(
                of(personId).filter(e -> status.map(s -> s == e.status()).orElse(true)),
                page,
                InMemoryEnrollments::newestFirst);
    }

    @Override
    public List<Enrollment> allOf(UUID personId) {
        return of(personId)
                .sorted((a, b) -> FakePages.KEY_ORDER.compare(newestFirst(b), newestFirst(a)))
                .toList();
    }

    private Stream<Enrollment> of(UUID personId) {
        return byId.values().stream().filter(e -> e.personId().equals(personId));
    }

    private static List<String> newestFirst(Enrollment e) {
        return List.of(FakePages.sortable(e.enrolledAt()), e.id().toString());
    }

    private static Enrollment withVersion(Enrollment e, long version) {
        return new Enrollment(
                e.id(),
                e.personId(),
                e.path(),
                e.status(),
                e.enrolledAt(),
                e.completedAt(),
                e.leftAt(),
                e.steps(),
                version);
    }
}
