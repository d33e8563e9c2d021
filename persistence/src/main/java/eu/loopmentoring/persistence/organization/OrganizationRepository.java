package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationFilter;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements Organizations, PanacheRepositoryBase<OrganizationEntity, UUID> {

    private static final KeysetOrder<OrganizationEntity> BY_NAME = KeysetOrder.<OrganizationEntity>by()
            .asc("o.sortName", OrganizationEntity::getSortName, s -> s)
            .asc("o.id", OrganizationEntity::getId, UUID::fromString);

    private final OrganizationEntityMapper mapper;

    OrganizationRepository(OrganizationEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Organization> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public void add(Organization organization) {
        persist(mapper.toEntity(organization));
    }

    @Override
    public Optional<Organization> update(Organization organization) {
        OrganizationEntity entity = findById(organization.id());
        if (entity == null || entity.getVersion() != organization.version()) {
            return Optional.empty();
        }
        mapper.copy(organization, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public Page<Organization> list(OrganizationFilter filter, PageRequest page) {
        Conditions filters = Conditions.none()
                .andIf(
                        filter.namePrefix().map(p -> Like.prefix(p.strip().toLowerCase(Locale.ROOT))),
                        "o.sortName like :prefix escape '\\'",
                        "prefix")
                .andIf(filter.country(), "o.country = :country", "country")
                .andIf(filter.kind().map(Enum::name), "o.kind = :kind", "kind")
                .andIf(filter.only(), "o.id = :only", "only");
        return KeysetPages.page(this, "from OrganizationEntity o", filters, BY_NAME, page)
                .map(mapper::toDomain);
    }
}
