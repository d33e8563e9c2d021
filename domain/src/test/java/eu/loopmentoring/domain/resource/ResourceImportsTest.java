package eu.loopmentoring.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryResourceImportJobs;
import eu.loopmentoring.domain.resource.ResourceImports.Row;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Scope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceImportsTest {

    private final World w = new World();
    private final InMemoryResourceImportJobs jobs = new InMemoryResourceImportJobs();
    private final ResourceImports imports = new ResourceImports(jobs, w.bank, w.clock);
    private final ClientSubject partner =
            new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.RESOURCES_WRITE));

    @Test
    void good_rows_become_submitted_resources_of_the_clients_organisation_and_bad_rows_are_reported() {
        ResourceImportJob job = imports.start(partner, ResourceImportJob.Format.CSV, "file", 3);
        List<Row> rows = List.of(
                new Row(1, () -> World.metadata("First imported")),
                new Row(2, () -> {
                    throw InvalidInputException.of("title", "is too short");
                }),
                new Row(3, () -> World.metadata("Third imported")));

        ResourceImportJob done = imports.processNext(j -> rows).orElseThrow();

        assertThat(done.id()).isEqualTo(job.id());
        assertThat(done.status()).isEqualTo(ResourceImportJob.Status.DONE);
        assertThat(done.results()).extracting(ResourceImportJob.RowResult::row).containsExactly(1, 2, 3);
        assertThat(done.results().get(1).violations())
                .extracting(InvalidInputException.FieldError::field)
                .containsExactly("title");
        LearningResource first = w.resources
                .find(done.results().get(0).resourceId().orElseThrow())
                .orElseThrow();
        assertThat(first.status()).isEqualTo(ResourceStatus.SUBMITTED);
        assertThat(first.submittedBy()).isEmpty();
        assertThat(first.metadata().organizationId()).contains(partner.organizationId());
        assertThat(imports.processNext(j -> rows))
                .as("a done job is not processed again")
                .isEmpty();
    }

    @Test
    void a_large_file_is_imported_a_hundred_rows_at_a_time_and_shows_its_progress() {
        ResourceImportJob job = imports.start(partner, ResourceImportJob.Format.JSON_LINES, "file", 250);
        List<Row> rows = java.util.stream.IntStream.rangeClosed(1, 250)
                .mapToObj(n -> new Row(n, () -> World.metadata("Imported resource number " + n)))
                .toList();

        ResourceImportJob first = imports.processNext(j -> rows).orElseThrow();
        assertThat(first.status()).isEqualTo(ResourceImportJob.Status.RUNNING);
        assertThat(first.results()).hasSize(100);
        assertThat(first.finishedAt()).isEmpty();
        assertThat(imports.processNext(j -> rows).orElseThrow().results()).hasSize(200);
        ResourceImportJob done = imports.processNext(j -> rows).orElseThrow();

        assertThat(done.id()).isEqualTo(job.id());
        assertThat(done.status()).isEqualTo(ResourceImportJob.Status.DONE);
        assertThat(done.finishedAt()).isPresent();
        assertThat(done.results())
                .extracting(ResourceImportJob.RowResult::row)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 250).boxed().toList());
        assertThat(done.results()).allMatch(r -> r.resourceId().isPresent());
        assertThat(imports.processNext(j -> rows)).isEmpty();
    }

    @Test
    void only_clients_with_resources_write_import_and_only_the_poster_reads_its_job() {
        ClientSubject reader = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.RESOURCES_READ));
        ClientSubject other = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.RESOURCES_WRITE));
        UUID job = imports.start(partner, ResourceImportJob.Format.JSON_LINES, "{}", 1)
                .id();

        assertThatThrownBy(() -> imports.start(reader, ResourceImportJob.Format.CSV, "", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.start(w.author, ResourceImportJob.Format.CSV, "", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.job(other, job)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(imports.job(partner, job).id()).isEqualTo(job);
        assertThatThrownBy(() -> imports.start(partner, ResourceImportJob.Format.CSV, "", 1001))
                .isInstanceOf(InvalidInputException.class);
    }
}
