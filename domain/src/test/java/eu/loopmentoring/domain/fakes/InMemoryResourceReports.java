package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.resource.ModerationItem;
import eu.loopmentoring.domain.resource.ModerationQueue;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceReports;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Reports in memory, and the moderation queue over them and {@link #resources}. */
public final class InMemoryResourceReports implements ResourceReports, ModerationQueue {
    public final Map<UUID, ResourceReport> byId = new LinkedHashMap<>();
    public InMemoryLearningResources resources;

    @Override
    public boolean add(ResourceReport report) {
        boolean open = byId.values().stream()
                .anyMatch(r -> r.isOpen()
                        && r.resourceId().equals(report.resourceId())
                        && r.reporterId().equals(report.reporterId()));
        if (!open) {
            byId.put(report.id(), report);
        }
        return !open;
    }

    @Override
    public Optional<ResourceReport> findLocked(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Map<UUID, ResourceReport> findAll(Collection<UUID> ids) {
        Map<UUID, ResourceReport> found = new HashMap<>();
        ids.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
        return found;
    }

    @Override
    public void update(ResourceReport report) {
        byId.put(report.id(), report);
    }

    @Override
    public List<ResourceReport> by(UUID reporterId) {
        return byId.values().stream()
                .filter(r -> r.reporterId().equals(reporterId))
                .sorted(Comparator.comparing(InMemoryResourceReports::newestFirst, FakePages.KEY_ORDER.reversed()))
                .toList();
    }

    @Override
    public Page<ModerationItem.Entry> entries(PageRequest page) {
        Stream<ModerationItem.Entry> submissions = resources.byId.values().stream()
                .filter(r -> r.status() == ResourceStatus.SUBMITTED)
                .map(r -> new ModerationItem.Entry(
                        ModerationItem.Kind.SUBMISSION, r.submittedAt().orElseThrow(), r.id(), r.id()));
        Stream<ModerationItem.Entry> open = byId.values().stream()
                .filter(ResourceReport::isOpen)
                .map(r -> new ModerationItem.Entry(ModerationItem.Kind.REPORT, r.createdAt(), r.id(), r.resourceId()));
        return FakePages.byKey(
                Stream.concat(submissions, open), page, e -> List.of(FakePages.sortable(e.at()), e.id().toString()));
    }

    private static List<String> newestFirst(ResourceReport report) {
        return List.of(FakePages.sortable(report.createdAt()), report.id().toString());
    }
}
