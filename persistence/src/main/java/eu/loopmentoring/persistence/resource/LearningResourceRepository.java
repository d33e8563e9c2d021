package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.Rating;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceQuery;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class LearningResourceRepository
        implements LearningResources, PanacheRepositoryBase<LearningResourceEntity, UUID> {

    private static final KeysetOrder<LearningResourceEntity> NEWEST_CREATED = KeysetOrder.<LearningResourceEntity>by()
            .desc("r.createdAt", LearningResourceEntity::getCreatedAt, Instant::parse)
            .desc("r.id", LearningResourceEntity::getId, UUID::fromString);

    private final ResourceEntityMapper mapper;

    LearningResourceRepository(ResourceEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<LearningResource> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<LearningResource> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(mapper::toDomain);
    }

    @Override
    public Map<UUID, LearningResource> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream()
                .map(mapper::toDomain)
                .collect(Collectors.toMap(LearningResource::id, Function.identity()));
    }

    @Override
    public void add(LearningResource resource) {
        persist(mapper.toEntity(resource));
        flush();
    }

    @Override
    public LearningResource update(LearningResource resource) {
        LearningResourceEntity entity = findById(resource.id());
        if (entity == null || entity.getVersion() != resource.version()) {
            throw new IllegalStateException("update of a resource that is not held at its version");
        }
        mapper.copy(resource, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public Rating refreshRating(UUID id) {
        getEntityManager()
                .createNativeQuery(recomputeRatingWhere("r.id = :id"))
                .setParameter("id", id)
                .executeUpdate();
        LearningResourceEntity entity = findById(id);
        getEntityManager().refresh(entity);
        return new Rating(entity.getRatingCount(), entity.getRatingSum());
    }

    /**
     * The statement that sets the rating aggregate of the resources matching {@code condition}
     * from their reviews; run it while the resources are locked, so that concurrent reviews of one
     * resource are counted one after another and none is lost.
     */
    static String recomputeRatingWhere(String condition) {
        return "update learning_resource r set"
                + " rating_sum = (select coalesce(sum(v.rating), 0) from resource_review v where v.resource_id = r.id),"
                + " rating_count = (select count(*) from resource_review v where v.resource_id = r.id)"
                + " where " + condition;
    }

    @Override
    public Page<LearningResource> published(ResourceQuery query, PageRequest page) {
        List<ResourceSearch.Hit> hits = ResourceSearch.page(getEntityManager(), query, page.after(), page.fetchSize());
        Map<UUID, LearningResource> found =
                findAll(hits.stream().map(ResourceSearch.Hit::id).toList());
        return Page.fromOverfetch(hits, page, ResourceSearch.Hit::key).map(hit -> found.get(hit.id()));
    }

    @Override
    public Map<ResourceFacet, Map<String, Long>> facets(ResourceQuery query) {
        return ResourceSearch.facets(getEntityManager(), query);
    }

    @Override
    public Page<LearningResource> submittedBy(UUID personId, Optional<ResourceStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("r.submittedBy = :person")
                .bind("person", personId)
                .andIf(status.map(Enum::name), "r.status = :status", "status");
        return KeysetPages.page(this, "from LearningResourceEntity r", filters, NEWEST_CREATED, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<LearningResource> allSubmittedBy(UUID personId) {
        return list("submittedBy", Sort.descending("createdAt", "id"), personId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
