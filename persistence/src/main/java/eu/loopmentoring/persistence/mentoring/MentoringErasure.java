package eu.loopmentoring.persistence.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * What erasing a person means for the people they mentored, were mentored by or worked with as
 * peers, in the erasure's transaction, before the person's row goes (whose foreign keys then delete
 * their participations, offer, requests, proposals and notifications, and unset their id in
 * relationships). A running relationship that loses its mentor, or is left with fewer than two
 * participants, ends early and the other members are notified and asked for feedback; otherwise
 * (a group or peer group with enough people left) it continues and they are told the person left.
 * Mentees whose mentor leaves get their requests back in the pool; proposals waiting on the person
 * close, with a notification, and requests left without a pending proposal return to the pool.
 * Nothing written names the erased person.
 */
@ApplicationScoped
public class MentoringErasure {

    static final String REASON = "A participant erased their account.";

    /** Running relationships the person takes part in (or is invited to), as r, with their entry as me. */
    private static final String MINE = " from mentoring_relationship r join mentoring_participant me on"
            + " me.relationship_id = r.id and me.person_id = :p and me.left_at is null"
            + " where r.status in ('ACTIVE', 'PAUSED')";

    private static final String ENDS = " and (me.role = 'MENTOR' or (select count(*) from mentoring_participant o"
            + " where o.relationship_id = r.id and o.person_id <> :p and o.left_at is null) < 2)";

    /** The other members of r, as o. */
    private static final String OTHERS = " join mentoring_participant o on o.relationship_id = r.id"
            + " and o.person_id <> :p and o.joined_at is not null and o.left_at is null";

    private final EntityManager entityManager;

    MentoringErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void forget(UUID person) {
        String into = "insert into notification (id, recipient_id, kind, offer_id, request_id, relationship_id,"
                + " created_at) select gen_random_uuid(), o.person_id, ";
        String from = ", r.offer_id, r.request_id, r.id, now() from mentoring_relationship r" + OTHERS
                + " where r.id in (select r.id" + MINE;
        for (String kind : List.of("RELATIONSHIP_ENDED_EARLY", "FEEDBACK_REQUESTED")) {
            run(into + "'" + kind + "'" + from + ENDS + ")", person);
        }
        run(into + "'PARTICIPANT_LEFT'" + from + " and not (true" + ENDS + "))", person);
        run(
                "update mentoring_request set status = 'OPEN', addressed_to = null, updated_at = now(),"
                        + " version = version + 1 where status = 'ACCEPTED' and id in (select o.request_id"
                        + " from mentoring_relationship r join mentoring_participant o on o.relationship_id = r.id"
                        + " and o.role = 'MENTEE' and o.left_at is null where r.id in (select r.id" + MINE
                        + " and me.role = 'MENTOR'))",
                person);
        run(
                "update mentoring_relationship set status = 'ENDED_EARLY', ended_at = now(), end_reason = '" + REASON
                        + "', version = version + 1 where id in (select r.id" + MINE + ENDS + ")",
                person);
        run("update mentoring_relationship set version = version + 1 where id in (select r.id" + MINE + ")", person);
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
