package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.profile.PersonRelations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The relations profile visibility rests on, read from the memberships where they are kept. */
@ApplicationScoped
public class PersonRelationsRepository implements PersonRelations {

    private final EntityManager entityManager;

    PersonRelationsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Members (joined, not left) of one running (ACTIVE or PAUSED) relationship: mentor and mentee,
     * a group's mentor and mentees, peers. A
     * completed or ended relationship no longer opens the partner's profile: what a person showed
     * their mentor while working together is not shown to a former mentor for ever.
     */
    @Override
    public boolean mentoringPartners(UUID person, UUID other) {
        return exists(
                "select 1 from mentoring_relationship r join mentoring_participant a on a.relationship_id = r.id"
                        + " join mentoring_participant b on b.relationship_id = r.id"
                        + " where r.status in ('ACTIVE', 'PAUSED') and a.person_id = :a and b.person_id = :b"
                        + " and a.joined_at is not null and a.left_at is null"
                        + " and b.joined_at is not null and b.left_at is null limit 1",
                person,
                other);
    }

    @Override
    public boolean shareActiveCoalition(UUID person, UUID other) {
        return exists(
                "select 1 from coalition_membership a join coalition_membership b on a.coalition_id = b.coalition_id"
                        + " where a.person_id = :a and b.person_id = :b"
                        + " and a.status = 'ACTIVE' and b.status = 'ACTIVE' limit 1",
                person,
                other);
    }

    @Override
    public boolean activeMemberOf(UUID organizationId, UUID person) {
        return exists(
                "select 1 from organization_membership where organization_id = :a and person_id = :b"
                        + " and status = 'ACTIVE'",
                organizationId,
                person);
    }

    private boolean exists(String sql, UUID a, UUID b) {
        return !entityManager
                .createNativeQuery(sql)
                .setParameter("a", a)
                .setParameter("b", b)
                .getResultList()
                .isEmpty();
    }
}
