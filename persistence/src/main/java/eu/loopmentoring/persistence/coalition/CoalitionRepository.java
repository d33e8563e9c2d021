package eu.loopmentoring.persistence.coalition;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionFilter;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import eu.loopmentoring.persistence.shared.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class CoalitionRepository implements Coalitions, PanacheRepositoryBase<CoalitionEntity, UUID> {

    static final String UNIQUE_NAME = "coalition_name_unique";

    private static final KeysetOrder<CoalitionEntity> BY_NAME = KeysetOrder.<CoalitionEntity>by()
            .asc("c.name", CoalitionEntity::getName, s -> s)
            .asc("c.id", CoalitionEntity::getId, UUID::fromString);

    private final CoalitionEntityMapper mapper;

    CoalitionRepository(CoalitionEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Coalition> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager()
                    .createQuery("select c.id, c.name from CoalitionEntity c where c.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    public Optional<Coalition> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(mapper::toDomain);
    }

    @Override
    public boolean add(Coalition coalition) {
        // One statement decides: of two concurrent coalitions with one name, only one is created,
        // and the other leaves no failed statement behind in its transaction.
        int inserted = getEntityManager()
                .createNativeQuery("insert into coalition (id, name, description, countries, admission, created_by,"
                        + " created_at, version)"
                        + " values (:id, :name, :description, cast(:countries as text[]), :admission, :createdBy,"
                        + " :createdAt, 0)"
                        + " on conflict do nothing")
                .setParameter("id", coalition.id())
                .setParameter("name", coalition.name())
                .setParameter("description", coalition.description())
                .setParameter("countries", "{" + String.join(",", coalition.countries()) + "}")
                .setParameter("admission", coalition.admission().name())
                .setParameter("createdBy", coalition.createdBy().orElse(null))
                .setParameter("createdAt", coalition.createdAt())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<Coalition> update(Coalition coalition) {
        CoalitionEntity entity = findById(coalition.id());
        if (entity == null || entity.getVersion() != coalition.version()) {
            return Optional.empty();
        }
        if (!entity.getName().equalsIgnoreCase(coalition.name()) && nameTaken(coalition)) {
            throw nameConflict();
        }
        mapper.copy(coalition, entity);
        try {
            flush();
        } catch (PersistenceException e) {
            // Renamed concurrently to the same name: the unique index decided; the request fails
            // and its transaction rolls back.
            if (violates(e, UNIQUE_NAME)) {
                throw nameConflict();
            }
            throw e;
        }
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public Page<Coalition> list(CoalitionFilter filter, PageRequest page) {
        Conditions filters = Conditions.none()
                .andIf(filter.country(), "array_contains(c.countries, :country)", "country")
                .andIf(
                        filter.namePrefix().map(p -> Like.prefix(p.toLowerCase(Locale.ROOT))),
                        "lower(c.name) like :prefix escape '\\'",
                        "prefix");
        return KeysetPages.page(this, "from CoalitionEntity c", filters, BY_NAME, page)
                .map(mapper::toDomain);
    }

    private boolean nameTaken(Coalition coalition) {
        return count("lower(name) = lower(?1) and id <> ?2", coalition.name(), coalition.id()) > 0;
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException nameConflict() {
        return new ConflictException("Another coalition has this name. Choose another one.");
    }
}
