package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResourceReviewRepository implements ResourceReviews, PanacheRepositoryBase<ResourceReviewEntity, UUID> {

    private static final KeysetOrder<ResourceReviewEntity> NEWEST = KeysetOrder.<ResourceReviewEntity>by()
            .desc("v.updatedAt", ResourceReviewEntity::getUpdatedAt, Instant::parse)
            .desc("v.id", ResourceReviewEntity::getId, UUID::fromString);

    private final ResourceEntityMapper mapper;

    ResourceReviewRepository(ResourceEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Review> find(UUID resourceId, UUID personId) {
        return find("resourceId = ?1 and personId = ?2", resourceId, personId)
                .firstResultOptional()
                .map(mapper::toDomain);
    }

    @Override
    public Review put(UUID resourceId, UUID personId, int rating, String comment, Instant now) {
        // One statement decides between a first review and a replacement, also when the same
        // person's two requests race.
        getEntityManager()
                .createNativeQuery("insert into resource_review"
                        + " (id, resource_id, person_id, rating, comment, created_at, updated_at)"
                        + " values (:id, :resource, :person, :rating, :comment, :now, :now)"
                        + " on conflict (resource_id, person_id) do update set rating = excluded.rating,"
                        + " comment = excluded.comment, updated_at = excluded.updated_at")
                .setParameter("id", UUID.randomUUID())
                .setParameter("resource", resourceId)
                .setParameter("person", personId)
                .setParameter("rating", rating)
                .setParameter("comment", comment)
                .setParameter("now", now)
                .executeUpdate();
        ResourceReviewEntity stored =
                find("resourceId = ?1 and personId = ?2", resourceId, personId).firstResult();
        getEntityManager().refresh(stored);
        return mapper.toDomain(stored);
    }

    @Override
    public boolean remove(UUID resourceId, UUID personId) {
        Optional<ResourceReviewEntity> review =
                find("resourceId = ?1 and personId = ?2", resourceId, personId).firstResultOptional();
        review.ifPresent(this::delete);
        flush();
        return review.isPresent();
    }

    @Override
    public Page<Review> list(UUID resourceId, PageRequest page) {
        Conditions filters = Conditions.none().and("v.resourceId = :resource").bind("resource", resourceId);
        return KeysetPages.page(this, "from ResourceReviewEntity v", filters, NEWEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<Review> by(UUID personId) {
        return list("personId", Sort.descending("updatedAt", "id"), personId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
