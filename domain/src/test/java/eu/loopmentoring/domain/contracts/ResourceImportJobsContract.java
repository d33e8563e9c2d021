package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImportJob.RowResult;
import eu.loopmentoring.domain.resource.ResourceImportJob.Status;
import eu.loopmentoring.domain.resource.ResourceImportJobs;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What any {@link ResourceImportJobs} must do. Workers claim from all jobs: each test finishes the
 * jobs it starts, so that none is left to be claimed before another test's.
 */
public abstract class ResourceImportJobsContract extends PortContract {

    protected abstract ResourceImportJobs jobs();

    /** A partner's API client, stored with its organisation. */
    protected abstract ClientSubject aPartner();

    protected ResourceImportJob pending(int rows, Instant at) {
        ClientSubject partner = aPartner();
        ResourceImportJob job = ResourceImportJob.pending(
                partner.id(), partner.organizationId(), ResourceImportJob.Format.CSV, "title\nA\nB\n", rows, at);
        jobs().add(job);
        return job;
    }

    protected ResourceImportJob finished(ResourceImportJob job) {
        List<RowResult> rest = IntStream.rangeClosed(job.results().size() + 1, job.rows())
                .mapToObj(row -> RowResult.created(row, UUID.randomUUID()))
                .toList();
        ResourceImportJob done = job.progressed(rest, T0.plusSeconds(3600));
        jobs().save(done);
        return done;
    }

    @Test
    void aJobIsReadBackAsAddedAndWithTheProgressSavedSinceThen() {
        ResourceImportJob job = pending(3, T0);

        assertThat(jobs().find(job.id())).contains(job);
        assertThat(jobs().find(UUID.randomUUID())).isEmpty();

        ResourceImportJob running = job.progressed(
                List.of(
                        RowResult.created(1, UUID.randomUUID()),
                        RowResult.invalid(
                                2,
                                List.of(
                                        new FieldError("title", "is too short"),
                                        new FieldError("languages", "must be ISO 639-1 codes such as pt")))),
                T0.plusSeconds(60));
        jobs().save(running);

        assertThat(running.status()).isEqualTo(Status.RUNNING);
        assertThat(jobs().find(job.id())).contains(running);

        ResourceImportJob done = finished(running);

        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(jobs().find(job.id())).contains(done);
        assertThat(done.finishedAt()).contains(T0.plusSeconds(3600));
    }

    @Test
    void workersClaimTheOldestJobNotDoneFirst() {
        ResourceImportJob done = finished(pending(1, T0.minusSeconds(60)));
        ResourceImportJob newer = pending(2, T0.plusSeconds(1));
        ResourceImportJob older = pending(2, T0);

        assertThat(jobs().claimNext()).contains(older);
        finished(older);
        assertThat(jobs().claimNext()).contains(newer);
        finished(newer);

        assertThat(jobs().claimNext().map(ResourceImportJob::id).stream())
                .as("finished jobs are never claimed")
                .doesNotContain(done.id(), older.id(), newer.id());
    }
}
