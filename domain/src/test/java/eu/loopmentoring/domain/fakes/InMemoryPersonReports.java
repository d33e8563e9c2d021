package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.PersonReports;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Reports about people in memory: updates need the current version, listings page by age. */
public final class InMemoryPersonReports implements PersonReports {
    public final Map<UUID, PersonReport> byId = new ConcurrentHashMap<>();

    @Override
    public void add(PersonReport report) {
        byId.put(report.id(), report);
    }

    @Override
    public Optional<PersonReport> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<PersonReport> update(PersonReport report) {
        PersonReport stored = byId.get(report.id());
        if (stored == null || stored.version() != report.version()) {
            return Optional.empty();
        }
        PersonReport next = new PersonReport(
                report.id(),
                report.reporterId(),
                report.reportedId(),
                report.category(),
                report.text(),
                report.relationshipId(),
                report.createdAt(),
                report.resolution(),
                report.version() + 1);
        byId.put(next.id(), next);
        return Optional.of(next);
    }

    @Override
    public Page<PersonReport> list(boolean open, PageRequest page) {
        return FakePages.byKey(
                byId.values().stream().filter(r -> r.isOpen() == open), page, InMemoryPersonReports::oldestFirst);
    }

    @Override
    public List<PersonReport> filedBy(UUID reporter) {
        return byId.values().stream()
                .filter(r -> r.reporterId().filter(reporter::equals).isPresent())
                .sorted(Comparator.comparing(InMemoryPersonReports::oldestFirst, FakePages.KEY_ORDER.reversed()))
                .toList();
    }

    private static List<String> oldestFirst(PersonReport report) {
        return List.of(FakePages.sortable(report.createdAt()), report.id().toString());
    }
}
