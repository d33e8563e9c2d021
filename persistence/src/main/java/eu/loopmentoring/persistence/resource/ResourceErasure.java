package eu.loopmentoring.persistence.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * What erasing a person does to the resource bank, before their person row goes: their reviews go
 * and the ratings they counted in are recomputed (the resources held, as a review would); their
 * uses and reports go; their resources that are not published go with their history; their
 * published resources stay, and the person row's foreign keys then unset the author, who changed
 * revisions and who resolved reports (ON DELETE SET NULL).
 */
@ApplicationScoped
public class ResourceErasure {

    private final EntityManager entityManager;

    ResourceErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void eraseContributionsOf(UUID personId) {
        List<?> reviewed = entityManager
                .createNativeQuery("select r.id from learning_resource r join resource_review v on v.resource_id = r.id"
                        + " where v.person_id = :person order by r.id for update of r")
                .setParameter("person", personId)
                .getResultList();
        execute("delete from resource_review where person_id = :person", personId);
        if (!reviewed.isEmpty()) {
            entityManager
                    .createNativeQuery(LearningResourceRepository.recomputeRatingWhere("r.id in (:ids)"))
                    .setParameter("ids", reviewed)
                    .executeUpdate();
        }
        execute("delete from resource_use where person_id = :person", personId);
        execute("delete from resource_report where reporter_id = :person", personId);
        execute("delete from learning_resource where submitted_by = :person and status <> 'PUBLISHED'", personId);
    }

    private void execute(String statement, UUID personId) {
        entityManager
                .createNativeQuery(statement)
                .setParameter("person", personId)
                .executeUpdate();
    }
}
