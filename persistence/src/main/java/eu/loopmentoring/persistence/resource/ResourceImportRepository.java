package eu.loopmentoring.persistence.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImportJob.RowResult;
import eu.loopmentoring.domain.resource.ResourceImportJobs;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs in {@code resource_import}; per-row results as a JSON array. A worker claims a job
 * with {@code for update skip locked}: on every node, each job is processed by one worker.
 */
@ApplicationScoped
public class ResourceImportRepository implements ResourceImportJobs {

    /** The stored form of one row's result; a storage format. */
    record StoredResult(int row, UUID resourceId, List<StoredViolation> violations) {}

    record StoredViolation(String field, String message) {}

    private static final String COLUMNS =
            "id, client_id, organization_id, format, content, total_rows, status, results, created_at, finished_at";

    private final EntityManager em;
    private final ObjectMapper json = new ObjectMapper();

    ResourceImportRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ResourceImportJob job) {
        em.createNativeQuery("insert into resource_import (" + COLUMNS + ") values (:id, :client, :organization,"
                        + " :format, :content, :rows, :status, cast(:results as jsonb), :createdAt, null)")
                .setParameter("id", job.id())
                .setParameter("client", job.clientId())
                .setParameter("organization", job.organizationId())
                .setParameter("format", job.format().name())
                .setParameter("content", job.content())
                .setParameter("rows", job.rows())
                .setParameter("status", job.status().name())
                .setParameter("results", write(job.results()))
                .setParameter("createdAt", Timestamp.from(job.createdAt()))
                .executeUpdate();
    }

    @Override
    public Optional<ResourceImportJob> find(UUID id) {
        return one("select " + COLUMNS + " from resource_import where id = :id", id);
    }

    @Override
    public Optional<ResourceImportJob> claimNext() {
        return one(
                "select " + COLUMNS + " from resource_import where status <> 'DONE'"
                        + " order by created_at, id limit 1 for update skip locked",
                null);
    }

    @Override
    public void save(ResourceImportJob done) {
        em.createNativeQuery("update resource_import set status = :status, results = cast(:results as jsonb),"
                        + " finished_at = cast(:finishedAt as timestamptz) where id = :id")
                .setParameter("status", done.status().name())
                .setParameter("results", write(done.results()))
                .setParameter(
                        "finishedAt", done.finishedAt().map(Instant::toString).orElse(null))
                .setParameter("id", done.id())
                .executeUpdate();
    }

    private Optional<ResourceImportJob> one(String sql, UUID id) {
        var query = em.createNativeQuery(sql);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(this::job);
    }

    private ResourceImportJob job(Object[] r) {
        return new ResourceImportJob(
                UUID.fromString(r[0].toString()),
                UUID.fromString(r[1].toString()),
                UUID.fromString(r[2].toString()),
                ResourceImportJob.Format.valueOf((String) r[3]),
                (String) r[4],
                ((Number) r[5]).intValue(),
                ResourceImportJob.Status.valueOf((String) r[6]),
                read(r[7].toString()),
                SqlValues.instant(r[8]),
                Optional.ofNullable(r[9]).map(SqlValues::instant));
    }

    private String write(List<RowResult> results) {
        try {
            return json.writeValueAsString(results.stream()
                    .map(r -> new StoredResult(
                            r.row(),
                            r.resourceId().orElse(null),
                            r.violations().stream()
                                    .map(v -> new StoredViolation(v.field(), v.message()))
                                    .toList()))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write import results", e);
        }
    }

    private List<RowResult> read(String results) {
        try {
            List<StoredResult> stored = json.readValue(results, new TypeReference<List<StoredResult>>() {});
            return stored.stream()
                    .map(s -> new RowResult(
                            s.row(),
                            Optional.ofNullable(s.resourceId()),
                            s.violations() == null
                                    ? List.of()
                                    : s.violations().stream()
                                            .map(v -> new FieldError(v.field(), v.message()))
                                            .toList()))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read import results", e);
        }
    }
}
