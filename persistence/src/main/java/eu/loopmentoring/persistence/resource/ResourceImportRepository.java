package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImportJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs in {@code resource_import}; per-row results as a JSON array. A worker claims a job
 * with {@code for update skip locked}: on every node, each job is processed by one worker.
 */
@ApplicationScoped
public class ResourceImportRepository implements ResourceImportJobs {

    private final EntityManager em;
    private final ResourceEntityMapper mapper;

    ResourceImportRepository(EntityManager em, ResourceEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public void add(ResourceImportJob job) {
        ResourceImportEntity entity = mapper.toEntity(job);
        em.persist(entity);
        em.flush();
        em.detach(entity);
    }

    @Override
    public Optional<ResourceImportJob> find(UUID id) {
        return job(em.createQuery("from ResourceImportEntity where id = :id", ResourceImportEntity.class)
                .setParameter("id", id)
                .getResultList());
    }

    @Override
    public Optional<ResourceImportJob> claimNext() {
        return job(em.createNativeQuery(
                        "select * from resource_import where status <> 'DONE' order by created_at, id limit 1"
                                + " for update skip locked",
                        ResourceImportEntity.class)
                .getResultList());
    }

    @Override
    public void save(ResourceImportJob done) {
        ResourceImportEntity e = mapper.toEntity(done);
        em.createQuery("update ResourceImportEntity i set i.status = :status, i.results = :results,"
                        + " i.finishedAt = :finishedAt where i.id = :id")
                .setParameter("status", e.getStatus())
                .setParameter("results", e.getResults())
                .setParameter("finishedAt", e.getFinishedAt())
                .setParameter("id", e.getId())
                .executeUpdate();
    }

    /** Read detached: a job read again in the same transaction is read anew. */
    private Optional<ResourceImportJob> job(List<?> rows) {
        rows.forEach(em::detach);
        return rows.stream().findFirst().map(row -> mapper.toDomain((ResourceImportEntity) row));
    }
}
