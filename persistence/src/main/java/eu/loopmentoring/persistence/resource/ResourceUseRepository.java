package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.ResourceUses;
import eu.loopmentoring.domain.resource.UseKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * {@code resource_use(person_id, resource_id, kind, at)}: plain rows written and read with SQL;
 * recommendations and analytics read the same table.
 */
@ApplicationScoped
public class ResourceUseRepository implements ResourceUses {

    private final EntityManager entityManager;

    ResourceUseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ResourceUse record(ResourceUse use) {
        entityManager
                .createNativeQuery("insert into resource_use (person_id, resource_id, kind, at)"
                        + " values (:person, :resource, :kind, :at) on conflict do nothing")
                .setParameter("person", use.personId())
                .setParameter("resource", use.resourceId())
                .setParameter("kind", use.kind().name())
                .setParameter("at", use.at())
                .executeUpdate();
        Object at = entityManager
                .createNativeQuery("select at from resource_use where person_id = :person"
                        + " and resource_id = :resource and kind = :kind")
                .setParameter("person", use.personId())
                .setParameter("resource", use.resourceId())
                .setParameter("kind", use.kind().name())
                .getSingleResult();
        return new ResourceUse(use.personId(), use.resourceId(), use.kind(), SqlValues.instant(at));
    }

    @Override
    public List<ResourceUse> by(UUID personId) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "select resource_id, kind, at from resource_use where person_id = :person"
                                + " order by at desc, resource_id, kind",
                        Tuple.class)
                .setParameter("person", personId)
                .getResultList();
        return rows.stream()
                .map(Tuple.class::cast)
                .map(row -> new ResourceUse(
                        personId,
                        row.get("resource_id", UUID.class),
                        UseKind.valueOf(row.get("kind", String.class)),
                        SqlValues.instant(row.get("at"))))
                .toList();
    }
}
