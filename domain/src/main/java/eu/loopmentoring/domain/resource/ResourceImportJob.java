package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's bulk import of resources: the file as posted, and once a worker has taken it, one
 * result per data row. Rows are created as {@code SUBMITTED} resources of the client's
 * organisation (see {@link ResourceBank#importSubmitted}); a row that breaks a rule is reported
 * with its violations and never stops the others.
 */
public record ResourceImportJob(
        UUID id,
        UUID clientId,
        UUID organizationId,
        Format format,
        String content,
        int rows,
        Status status,
        List<RowResult> results,
        Instant createdAt,
        Optional<Instant> finishedAt) {

    public static final int MAX_ROWS = 1000;

    /** How many rows one unit of work takes: the job's progress moves by this step. */
    public static final int CHUNK_ROWS = 100;

    public enum Format {
        CSV,
        JSON_LINES
    }

    /** PENDING until a worker has taken rows, RUNNING while some are processed, DONE once all are. */
    public enum Status {
        PENDING,
        RUNNING,
        DONE
    }

    /** One data row's outcome: the created resource, or the violations that kept it out. */
    public record RowResult(int row, Optional<UUID> resourceId, List<FieldError> violations) {
        public RowResult {
            Objects.requireNonNull(resourceId, "resourceId");
            violations = List.copyOf(violations);
        }

        public static RowResult created(int row, UUID resourceId) {
            return new RowResult(row, Optional.of(resourceId), List.of());
        }

        public static RowResult invalid(int row, List<FieldError> violations) {
            return new RowResult(row, Optional.empty(), violations);
        }
    }

    public ResourceImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        results = List.copyOf(results);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public static ResourceImportJob pending(
            UUID clientId, UUID organizationId, Format format, String content, int rows, Instant now) {
        return new ResourceImportJob(
                UUID.randomUUID(),
                clientId,
                organizationId,
                format,
                content,
                rows,
                Status.PENDING,
                List.of(),
                now,
                Optional.empty());
    }

    /** The job with {@code more} results after those it has: DONE once every row has one. */
    public ResourceImportJob progressed(List<RowResult> more, Instant now) {
        List<RowResult> all = new java.util.ArrayList<>(results);
        all.addAll(more);
        boolean done = all.size() >= rows;
        return new ResourceImportJob(
                id,
                clientId,
                organizationId,
                format,
                content,
                rows,
                done ? Status.DONE : Status.RUNNING,
                all,
                createdAt,
                done ? Optional.of(now) : Optional.empty());
    }
}
