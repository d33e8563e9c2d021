package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

@ApplicationScoped
public class CoalitionProgrammes implements Programmes {

    private final EntityManager entityManager;

    CoalitionProgrammes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean activeMember(UUID coalitionId, UUID person) {
        return exists("", coalitionId, person);
    }

    @Override
    public boolean coordinates(UUID coalitionId, UUID person) {
        return exists(" and role = 'COORDINATOR'", coalitionId, person);
    }

    private boolean exists(String condition, UUID coalitionId, UUID person) {
        return !entityManager
                .createNativeQuery("select 1 from coalition_membership where coalition_id = :c and person_id = :p"
                        + " and status = 'ACTIVE'" + condition)
                .setParameter("c", coalitionId)
                .setParameter("p", person)
                .getResultList()
                .isEmpty();
    }
}
