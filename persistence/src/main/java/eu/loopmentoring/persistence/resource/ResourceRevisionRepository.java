package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.ResourceRevisions;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ResourceRevisionRepository
        implements ResourceRevisions, PanacheRepositoryBase<ResourceRevisionEntity, UUID> {

    private static final KeysetOrder<ResourceRevisionEntity> NEWEST = KeysetOrder.<ResourceRevisionEntity>by()
            .desc("v.version", ResourceRevisionEntity::getVersion, Long::parseLong)
            .desc("v.id", ResourceRevisionEntity::getId, UUID::fromString);

    private final ResourceEntityMapper mapper;

    ResourceRevisionRepository(ResourceEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(ResourceRevision revision) {
        persist(mapper.toEntity(revision));
    }

    @Override
    public Page<ResourceRevision> list(UUID resourceId, PageRequest page) {
        Conditions filters = Conditions.none().and("v.resourceId = :resource").bind("resource", resourceId);
        return KeysetPages.page(this, "from ResourceRevisionEntity v", filters, NEWEST, page)
                .map(mapper::toDomain);
    }
}
