package eu.loopmentoring.persistence.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * What erasing a person means for the people they mentored or were mentored by, in the erasure's
 * transaction, before the person's row goes (whose foreign keys then delete their offer, requests,
 * proposals and notifications, and unset their id in relationships). Running relationships end
 * early and the other participant is notified (and asked for feedback); a mentee whose mentor leaves gets their request
 * back in the pool; proposals waiting on the person close, with a notification, and requests left
 * without a pending proposal return to the pool. Nothing written names the erased person.
 */
@ApplicationScoped
public class MentoringErasure {

    static final String REASON = "A participant erased their account.";

    private final EntityManager entityManager;

    MentoringErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void forget(UUID person) {
        for (String kind : List.of("RELATIONSHIP_ENDED_EARLY", "FEEDBACK_REQUESTED")) {
            run(
                    "insert into notification (id, recipient_id, kind, offer_id, request_id, relationship_id,"
                            + " created_at) select gen_random_uuid(), case when mentor_id = :p then mentee_id else"
                            + " mentor_id end, '" + kind + "', offer_id, request_id, id, now() from"
                            + " mentoring_relationship where (mentor_id = :p or mentee_id = :p) and status in"
                            + " ('ACTIVE', 'PAUSED') and (case when mentor_id = :p then mentee_id else mentor_id end)"
                            + " is not null",
                    person);
        }
        run(
                "update mentoring_request set status = 'OPEN', addressed_to = null, updated_at = now(),"
                        + " version = version + 1 where status = 'ACCEPTED' and id in (select request_id from"
                        + " mentoring_relationship where mentor_id = :p and status in ('ACTIVE', 'PAUSED'))",
                person);
        run(
                "update mentoring_relationship set status = 'ENDED_EARLY', ended_at = now(), end_reason = '" + REASON
                        + "', version = version + 1 where (mentor_id = :p or mentee_id = :p)"
                        + " and status in ('ACTIVE', 'PAUSED')",
                person);
        run(
                "insert into notification (id, recipient_id, kind, offer_id, request_id, created_at)"
                        + " select gen_random_uuid(), case when mentor_id = :p then mentee_id else mentor_id end,"
                        + " 'PROPOSAL_CLOSED', case when mentor_id = :p then null else offer_id end,"
                        + " case when mentee_id = :p then null else request_id end, now() from mentoring_proposal"
                        + " where (mentor_id = :p or mentee_id = :p) and status = 'PENDING'",
                person);
        run("delete from mentoring_proposal where mentor_id = :p or mentee_id = :p", person);
        run(
                "update mentoring_request r set status = 'OPEN', addressed_to = null, updated_at = now(),"
                        + " version = version + 1 where r.status = 'PROPOSED' and r.mentee_id <> :p and not exists"
                        + " (select 1 from mentoring_proposal p where p.request_id = r.id and p.status = 'PENDING')",
                person);
    }

    private void run(String sql, UUID person) {
        entityManager.createNativeQuery(sql).setParameter("p", person).executeUpdate();
    }
}
