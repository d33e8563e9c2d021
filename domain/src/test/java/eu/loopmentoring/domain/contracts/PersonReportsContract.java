package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.PersonReports;
import eu.loopmentoring.domain.mentoring.ReportCategory;
import eu.loopmentoring.domain.mentoring.ReportOutcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What any {@link PersonReports} must do. The moderators' listings hold everyone's reports: each
 * test looks at its own within them, and at the order of the whole.
 */
public abstract class PersonReportsContract extends PortContract {

    protected abstract PersonReports reports();

    private static final Comparator<PersonReport> OLDEST_FIRST =
            Comparator.comparing(PersonReport::createdAt).thenComparing(r -> r.id().toString());

    private PersonReport filed(Person reporter, Person reported, Instant at) {
        PersonReport report = PersonReport.file(
                reporter.id(), reported.id(), ReportCategory.HARASSMENT, "Rude messages.", Optional.empty(), at);
        reports().add(report);
        return report;
    }

    private PersonReport resolved(PersonReport report, Person moderator) {
        return reports()
                .update(report.resolve(moderator.id(), ReportOutcome.NO_ACTION, "Nothing to do.", T0.plusSeconds(60)))
                .orElseThrow();
    }

    private List<PersonReport> listed(boolean open, Set<UUID> mine) {
        List<PersonReport> all = allPages(2, page -> reports().list(open, page));
        assertThat(all).isSortedAccordingTo(OLDEST_FIRST);
        assertThat(all).allMatch(r -> r.isOpen() == open);
        return all.stream().filter(r -> mine.contains(r.id())).toList();
    }

    @Test
    void aReportIsReadBackAndResolvedOnlyAtItsCurrentVersion() {
        Person moderator = aPerson("Moderator");
        PersonReport report = filed(aPerson("Ana"), aPerson("Bruno"), T0);

        assertThat(reports().find(report.id())).contains(report);
        assertThat(reports().find(UUID.randomUUID())).isEmpty();

        PersonReport resolved = resolved(report, moderator);

        assertThat(resolved.version()).isGreaterThan(report.version());
        assertThat(resolved.resolution())
                .isEqualTo(report.resolve(moderator.id(), ReportOutcome.NO_ACTION, "Nothing to do.", T0.plusSeconds(60))
                        .resolution());
        assertThat(reports().find(report.id())).contains(resolved);
        assertThat(reports().update(report.resolve(moderator.id(), ReportOutcome.ACTION_TAKEN, "Late.", T0)))
                .as("a stale version")
                .isEmpty();
        assertThat(reports().find(report.id())).contains(resolved);
    }

    @Test
    void openReportsAreOldestFirstInKeysetPagesAndResolvedOnesApart() {
        Person ana = aPerson("Ana");
        Person bruno = aPerson("Bruno");
        Instant at = T0.minusSeconds(3600);
        PersonReport latest = filed(ana, bruno, at.plusSeconds(2));
        PersonReport earliest = filed(bruno, ana, at);
        PersonReport middle = filed(ana, bruno, at.plusSeconds(1));
        PersonReport sameTime = filed(ana, bruno, at.plusSeconds(1));
        PersonReport closed = resolved(filed(ana, bruno, at), aPerson("Moderator"));
        Set<UUID> mine = Set.of(latest.id(), earliest.id(), middle.id(), sameTime.id(), closed.id());

        assertThat(listed(true, mine))
                .containsExactlyElementsOf(Stream.of(latest, earliest, middle, sameTime)
                        .sorted(OLDEST_FIRST)
                        .toList());
        assertThat(listed(false, mine)).containsExactly(closed);
    }

    @Test
    void whatAPersonFiledIsNewestFirst() {
        Person ana = aPerson("Ana");
        PersonReport older = filed(ana, aPerson("Bruno"), T0);
        PersonReport newest = filed(ana, aPerson("Carla"), T0.plusSeconds(2));
        PersonReport middle = filed(ana, aPerson("Dora"), T0.plusSeconds(1));
        filed(aPerson("Eva"), ana, T0.plusSeconds(5));

        assertThat(reports().filedBy(ana.id())).containsExactly(newest, middle, older);
        assertThat(reports().filedBy(UUID.randomUUID())).isEmpty();
    }
}
