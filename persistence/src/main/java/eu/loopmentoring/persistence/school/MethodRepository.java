package eu.loopmentoring.persistence.school;

import eu.loopmentoring.domain.school.Method;
import eu.loopmentoring.domain.school.MethodFilter;
import eu.loopmentoring.domain.school.Methods;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MethodRepository implements Methods, PanacheRepositoryBase<MethodEntity, UUID> {

    private static final KeysetOrder<MethodEntity> BY_NAME = KeysetOrder.<MethodEntity>by()
            .asc("m.name", MethodEntity::getName, s -> s)
            .asc("m.id", MethodEntity::getId, UUID::fromString);

    private final MethodEntityMapper mapper;

    MethodRepository(MethodEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Method> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Page<Method> list(MethodFilter filter, PageRequest page) {
        Conditions filters = Conditions.none()
                .andIf(filter.level().map(Enum::name), "m.level = :level", "level")
                .andIf(filter.dimension().map(Enum::name), "array_contains(m.dimensions, :dimension)", "dimension");
        return KeysetPages.page(this, "from MethodEntity m", filters, BY_NAME, page)
                .map(mapper::toDomain);
    }
}
