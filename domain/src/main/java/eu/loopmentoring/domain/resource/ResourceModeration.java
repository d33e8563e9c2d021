package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports and the moderation queue. Any person reports a published resource (one open report per
 * person and resource); moderators page through the queue of submitted resources and open
 * reports, oldest first, and resolve reports, withdrawing the resource when the report holds.
 * The queue and the reports are the moderators' tools: anyone else is refused (403).
 */
public class ResourceModeration {

    private final LearningResources resources;
    private final ResourceReports reports;
    private final ModerationQueue queue;
    private final ResourceBank bank;
    private final Clock clock;

    public ResourceModeration(
            LearningResources resources,
            ResourceReports reports,
            ModerationQueue queue,
            ResourceBank bank,
            Clock clock) {
        this.resources = resources;
        this.reports = reports;
        this.queue = queue;
        this.bank = bank;
        this.clock = clock;
    }

    public ResourceReport report(Subject subject, UUID resourceId, ReportCategory category, String text) {
        PersonSubject reporter = Access.person(subject);
        LearningResource resource = ResourceAccess.visible(reporter, bank.existing(resourceId));
        ResourceReport report = ResourceReport.file(resourceId, reporter.id(), category, text, clock.instant());
        ResourceAccess.requirePublished(resource, "People report");
        if (!reports.add(report)) {
            throw new ConflictException("You already reported this resource and a moderator has not resolved it yet.");
        }
        return report;
    }

    /** Submitted resources and open reports, oldest first: moderators only. */
    public Page<ModerationItem> queue(Subject subject, PageRequest page) {
        ResourceAccess.moderator(subject);
        Page<ModerationItem.Entry> entries = queue.entries(page);
        Map<UUID, LearningResource> found = resources.findAll(
                entries.items().stream().map(ModerationItem.Entry::resourceId).toList());
        Map<UUID, ResourceReport> open = reports.findAll(entries.items().stream()
                .filter(e -> e.kind() == ModerationItem.Kind.REPORT)
                .map(ModerationItem.Entry::id)
                .toList());
        return entries.map(e -> new ModerationItem(
                e.kind(),
                e.at(),
                found.get(e.resourceId()),
                e.kind() == ModerationItem.Kind.REPORT ? Optional.of(open.get(e.id())) : Optional.empty()));
    }

    /** Resolves an open report; {@code RESOURCE_WITHDRAWN} withdraws the resource with the note as reason. */
    public ResourceReport resolve(Subject subject, UUID reportId, ReportOutcome outcome, String note) {
        PersonSubject moderator = ResourceAccess.moderator(subject);
        ResourceReport report =
                reports.findLocked(reportId).orElseThrow(() -> new ObjectNotFoundException("report", reportId));
        String why = note == null ? "" : note.strip();
        ResourceReport resolved = report.resolve(outcome, why, moderator.id(), clock.instant());
        if (outcome == ReportOutcome.RESOURCE_WITHDRAWN) {
            if (why.isEmpty()) {
                throw InvalidInputException.of(
                        "note", "is required to withdraw the resource: it is the reason its author reads");
            }
            if (bank.existing(report.resourceId()).status() != ResourceStatus.WITHDRAWN) {
                bank.withdraw(moderator, report.resourceId(), Optional.of(why));
            }
        }
        reports.update(resolved);
        return resolved;
    }

    public List<ResourceReport> myReports(Subject subject) {
        return reports.by(Access.person(subject).id());
    }
}
