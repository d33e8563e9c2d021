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
