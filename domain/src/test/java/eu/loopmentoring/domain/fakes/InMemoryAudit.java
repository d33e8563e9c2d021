package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.AuditFilter;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryAudit implements AuditLog {
    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public synchronized Page<AuditEvent> list(AuditFilter filter, PageRequest page) {
        return FakePages.byKeyDescending(
                events.stream()
                        .filter(e -> filter.type().map(e.type()::equals).orElse(true))
                        .filter(e -> filter.subjectId()
                                .map(s -> e.subjectId().equals(Optional.of(s)))
                                .orElse(true)),
                page,
                e -> List.of(FakePages.sortable(e.occurredAt()), e.id().toString()));
    }

    @Override
    public synchronized List<AuditEvent> involving(UUID personId) {
        Optional<UUID> person = Optional.of(personId);
        return events.stream()
                .filter(e -> e.actorId().equals(person) || e.subjectId().equals(person))
                .sorted(Comparator.comparing(AuditEvent::occurredAt)
                        .thenComparing(e -> e.id().toString())
                        .reversed())
                .toList();
    }

    /** What erasure leaves of the events that involve the person: no pointer to them, no address. */
    public synchronized void anonymise(UUID personId, String... revealing) {
        Optional<UUID> person = Optional.of(personId);
        events.replaceAll(e -> {
            if (!e.actorId().equals(person) && !e.subjectId().equals(person)) {
                return e;
            }
            String detail = e.detail();
            for (String value : revealing) {
                if (detail.toLowerCase(java.util.Locale.ROOT).contains(value.toLowerCase(java.util.Locale.ROOT))) {
                    detail = "";
                }
            }
            return new AuditEvent(
                    e.id(),
                    e.occurredAt(),
                    e.type(),
                    e.actorId().filter(a -> !a.equals(personId)),
                    e.subjectId().filter(s -> !s.equals(personId)),
                    Optional.empty(),
                    detail);
        });
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public List<AuditEventType> types() {
        return events.stream().map(AuditEvent::type).toList();
    }
}
