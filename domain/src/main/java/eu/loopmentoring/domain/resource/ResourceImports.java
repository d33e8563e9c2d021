package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.resource.ResourceImportJob.RowResult;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Partner bulk import: a client with {@code resources:write} posts a file, a worker turns its rows
 * into {@code SUBMITTED} resources of the client's organisation, one result per row. Reading the
 * file's format is the caller's ({@link RowReader}); what a row must hold is the resource model's.
 */
public final class ResourceImports {

    /** One data row: its number and its content, which throws {@link InvalidInputException} when invalid. */
    public record Row(int number, Supplier<ResourceMetadata> metadata) {}

    /** Reads a job's file into rows. */
    @FunctionalInterface
    public interface RowReader {
        List<Row> rows(ResourceImportJob job);
    }

    private final ResourceImportJobs jobs;
    private final ResourceBank bank;
    private final Clock clock;

    public ResourceImports(ResourceImportJobs jobs, ResourceBank bank, Clock clock) {
        this.jobs = jobs;
        this.bank = bank;
        this.clock = clock;
    }

    /** Accepts a file of {@code rows} data rows (at most {@value ResourceImportJob#MAX_ROWS}). */
    public ResourceImportJob start(Subject subject, ResourceImportJob.Format format, String content, int rows) {
        ClientSubject client = client(subject);
        if (rows > ResourceImportJob.MAX_ROWS) {
            throw InvalidInputException.of(
                    "body", "has " + rows + " rows; at most " + ResourceImportJob.MAX_ROWS + " per import");
        }
        ResourceImportJob job =
                ResourceImportJob.pending(client.id(), client.organizationId(), format, content, rows, clock.instant());
        jobs.add(job);
        return job;
    }

    /** The client's own job; anyone else's is not found. */
    public ResourceImportJob job(Subject subject, UUID id) {
        ClientSubject client = client(subject);
        return jobs.find(id)
                .filter(j -> j.clientId().equals(client.id()))
                .orElseThrow(() -> new ObjectNotFoundException("resource import", id));
    }

    /**
     * Takes the oldest job not done and processes its next {@value ResourceImportJob#CHUNK_ROWS}
     * rows, in the caller's unit of work: the resources and their results are stored together, so
     * that a row is imported once or not at all, and the job shows its progress between units.
     */
    public Optional<ResourceImportJob> processNext(RowReader reader) {
        return jobs.claimNext().map(job -> {
            ClientSubject client =
                    new ClientSubject(job.clientId(), job.organizationId(), Set.of(Scope.RESOURCES_WRITE));
            List<RowResult> results = new ArrayList<>();
            List<Row> next = reader.rows(job).stream()
                    .skip(job.results().size())
                    .limit(ResourceImportJob.CHUNK_ROWS)
                    .toList();
            for (Row row : next) {
                try {
                    LearningResource created =
                            bank.importSubmitted(client, row.metadata().get());
                    results.add(RowResult.created(row.number(), created.id()));
                } catch (InvalidInputException e) {
                    results.add(RowResult.invalid(row.number(), e.errors()));
                }
            }
            ResourceImportJob progressed = job.progressed(results, clock.instant());
            jobs.save(progressed);
            return progressed;
        });
    }

    private static ClientSubject client(Subject subject) {
        Access.scope(subject, Scope.RESOURCES_WRITE);
        if (subject instanceof ClientSubject client) {
            return client;
        }
        throw new AccessDeniedException("Bulk import is for partner API clients with the scope resources:write.");
    }
}
