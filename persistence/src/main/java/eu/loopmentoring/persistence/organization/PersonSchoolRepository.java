package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.organization.PersonSchools;
import eu.loopmentoring.persistence.shared.Chunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** People's schools from their active memberships, read in bulk (a query per thousand people). */
@ApplicationScoped
public class PersonSchoolRepository implements PersonSchools {

    private final EntityManager em;

    PersonSchoolRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<UUID, UUID> of(Collection<UUID> people) {
        Map<UUID, UUID> schools = new HashMap<>();
        for (List<UUID> chunk : Chunks.of(people)) {
            List<Tuple> rows = em.createNativeQuery(
                            "select distinct on (m.person_id) m.person_id as person, m.organization_id as school"
                                    + " from organization_membership m join organization o on o.id = m.organization_id"
                                    + " where o.kind = 'SCHOOL' and m.status = 'ACTIVE' and m.person_id in (:people)"
                                    + " order by m.person_id, m.active_since, m.organization_id",
                            Tuple.class)
                    .setParameter("people", chunk)
                    .getResultList();
            for (Tuple row : rows) {
                schools.put(row.get("person", UUID.class), row.get("school", UUID.class));
            }
        }
        return schools;
    }
}
