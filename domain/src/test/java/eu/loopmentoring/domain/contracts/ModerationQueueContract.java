package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ModerationItem.Entry;
import eu.loopmentoring.domain.resource.ModerationItem.Kind;
import eu.loopmentoring.domain.resource.ModerationQueue;
import eu.loopmentoring.domain.resource.ReportCategory;
import eu.loopmentoring.domain.resource.ReportOutcome;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceReports;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What any {@link ModerationQueue} must do. The queue is every moderator's: each test looks at its
 * own entries in it, and at the order of the whole.
 */
public abstract class ModerationQueueContract extends ResourceBankContract {

    protected abstract ResourceReports reports();

    protected abstract ModerationQueue queue();

    private static final Comparator<Entry> OLDEST_FIRST =
            Comparator.comparing(Entry::at).thenComparing(e -> e.id().toString());

    private ResourceReport reported(LearningResource resource, Instant at) {
        ResourceReport report = ResourceReport.file(
                resource.id(), aPerson("Reporter").id(), ReportCategory.INACCURATE, "Out of date.", at);
        assertThat(reports().add(report)).isTrue();
        return report;
    }

    private List<Entry> queued(Set<UUID> ids) {
        List<Entry> all = allPages(2, queue()::entries);
        assertThat(all).as("the whole queue, oldest first then by id").isSortedAccordingTo(OLDEST_FIRST);
        assertThat(all).extracting(Entry::id).doesNotHaveDuplicates();
        return all.stream().filter(e -> ids.contains(e.id())).toList();
    }

    @Test
    void submittedResourcesAndOpenReportsWaitTogetherOldestFirstInKeysetPages() {
        Person author = aPerson("Author");
        Instant at = T0.minusSeconds(3600);
        LearningResource late = submitted(author, unique("t-"), at.plusSeconds(10));
        LearningResource early = submitted(author, unique("t-"), at.plusSeconds(5));
        LearningResource alsoEarly = submitted(author, unique("t-"), at.plusSeconds(5));
        LearningResource draft = aDraft(author, unique("t-"), at);
        LearningResource published = published(author, unique("t-"), "pt", at);
        ResourceReport open = reported(published, at.plusSeconds(5));
        ResourceReport first = reported(published, at);
        ResourceReport resolved = reported(published, at.plusSeconds(1));
        reports().update(resolved.resolve(ReportOutcome.DISMISSED, "Fine.", author.id(), at.plusSeconds(2)));

        List<Entry> mine = queued(Set.of(
                late.id(),
                early.id(),
                alsoEarly.id(),
                draft.id(),
                published.id(),
                open.id(),
                first.id(),
                resolved.id()));

        assertThat(mine)
                .containsExactlyElementsOf(Stream.of(
                                new Entry(Kind.SUBMISSION, late.submittedAt().orElseThrow(), late.id(), late.id()),
                                new Entry(Kind.SUBMISSION, early.submittedAt().orElseThrow(), early.id(), early.id()),
                                new Entry(
                                        Kind.SUBMISSION,
                                        alsoEarly.submittedAt().orElseThrow(),
                                        alsoEarly.id(),
                                        alsoEarly.id()),
                                new Entry(Kind.REPORT, open.createdAt(), open.id(), published.id()),
                                new Entry(Kind.REPORT, first.createdAt(), first.id(), published.id()))
                        .sorted(OLDEST_FIRST)
                        .toList());
    }

    @Test
    void aSubmissionLeavesTheQueueOnceDecidedAndAReportOnceResolved() {
        Person author = aPerson("Author");
        LearningResource submitted = submitted(author, unique("t-"), T0);
        ResourceReport report = reported(published(author, unique("t-"), "pt", T0), T0);
        Set<UUID> ids = Set.of(submitted.id(), report.id());
        assertThat(queued(ids)).hasSize(2);

        resources().update(submitted.publish(T0.plusSeconds(1)));
        reports().update(report.resolve(ReportOutcome.RESOURCE_WITHDRAWN, "Gone.", author.id(), T0));

        assertThat(queued(ids)).isEmpty();
    }

    @Test
    void aModeratorWorkingThroughTheQueueMissesNothingWhenEntriesLeaveBetweenPages() {
        Person author = aPerson("Author");
        Instant longAgo = T0.minus(Duration.ofDays(30));
        List<LearningResource> waiting = List.of(
                submitted(author, unique("t-"), longAgo),
                submitted(author, unique("t-"), longAgo.plusSeconds(1)),
                submitted(author, unique("t-"), longAgo.plusSeconds(2)),
                submitted(author, unique("t-"), longAgo.plusSeconds(3)));

        Page<Entry> first = queue().entries(PageRequest.first(2));
        assertThat(first.items())
                .extracting(Entry::id)
                .containsExactly(waiting.get(0).id(), waiting.get(1).id());
        resources().update(waiting.get(0).publish(T0));
        Page<Entry> second = queue().entries(PageRequest.after(2, first.next().orElseThrow()));

        assertThat(second.items())
                .extracting(Entry::id)
                .startsWith(waiting.get(2).id(), waiting.get(3).id());
        waiting.subList(1, 4).forEach(r -> resources().update(r.publish(T0)));
    }
}
