package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ReportCategory;
import eu.loopmentoring.domain.resource.ReportOutcome;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceReports;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link ResourceReports} must do. */
public abstract class ResourceReportsContract extends ResourceBankContract {

    protected abstract ResourceReports reports();

    protected ResourceReport report(LearningResource resource, Person reporter, Instant at) {
        return ResourceReport.file(resource.id(), reporter.id(), ReportCategory.BROKEN_LINK, "The link is dead.", at);
    }

    @Test
    void aPersonHasAtMostOneOpenReportAboutAResource() {
        LearningResource resource = aPublishedResource();
        Person ana = aPerson("Ana");
        ResourceReport first = report(resource, ana, T0);
        ResourceReport again = report(resource, ana, T0.plusSeconds(60));

        assertThat(reports().add(first)).isTrue();
        assertThat(reports().add(again)).isFalse();
        assertThat(reports().findAll(List.of(again.id()))).isEmpty();
        assertThat(reports().add(report(resource, aPerson("Bea"), T0))).isTrue();
        assertThat(reports().add(report(aPublishedResource(), ana, T0))).isTrue();

        reports()
                .update(first.resolve(
                        ReportOutcome.DISMISSED,
                        "Works for me.",
                        aPerson("Moderator").id(),
                        T0));

        assertThat(reports().add(again)).as("once the first is resolved").isTrue();
    }

    @Test
    void aReportIsReadBackAloneOrWithOthersAndStoresItsResolution() {
        LearningResource resource = aPublishedResource();
        ResourceReport first = report(resource, aPerson("Ana"), T0);
        ResourceReport second = report(resource, aPerson("Bea"), T0.plusSeconds(1));
        reports().add(first);
        reports().add(second);

        assertThat(reports().findLocked(first.id())).contains(first);
        assertThat(reports().findLocked(UUID.randomUUID())).isEmpty();
        assertThat(reports().findAll(List.of(first.id(), second.id(), UUID.randomUUID())))
                .isEqualTo(Map.of(first.id(), first, second.id(), second));

        ResourceReport resolved = first.resolve(
                ReportOutcome.RESOURCE_WITHDRAWN,
                "Withdrawn.",
                aPerson("Moderator").id(),
                T0);
        reports().update(resolved);

        assertThat(reports().findLocked(first.id())).contains(resolved);
        assertThat(reports().findAll(List.of())).isEmpty();
    }

    @Test
    void whatAPersonReportedIsNewestFirstForTheirExport() {
        Person ana = aPerson("Ana");
        ResourceReport older = report(aPublishedResource(), ana, T0);
        ResourceReport newest = report(aPublishedResource(), ana, T0.plusSeconds(2));
        ResourceReport middle = report(aPublishedResource(), ana, T0.plusSeconds(1));
        List.of(older, newest, middle, report(aPublishedResource(), aPerson("Bea"), T0.plusSeconds(5)))
                .forEach(reports()::add);

        assertThat(reports().by(ana.id())).containsExactly(newest, middle, older);
        assertThat(reports().by(UUID.randomUUID())).isEmpty();
    }
}
