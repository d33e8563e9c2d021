package eu.loopmentoring.persistence.privacy;

import eu.loopmentoring.domain.identity.Authentication;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.privacy.PersonalData;
import eu.loopmentoring.persistence.mentoring.MentoringErasure;
import eu.loopmentoring.persistence.resource.ResourceErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Erasure across every table, in the caller's transaction. The person row goes last: its foreign
 * keys delete what is theirs alone (refresh tokens, external identities, memberships, the
 * profile, and every later capability's rows that reference the person with ON DELETE CASCADE)
 * and unset what others own (created_by, invited_by: ON DELETE SET NULL). What the keys cannot
 * reach is handled here: remembered idempotent answers, the failed-login counter of the email,
 * the audit log, which keeps its events without anything that points to the person, the
 * communities the person alone coordinated, which pass to their longest-standing active member,
 * mentoring ({@link MentoringErasure}) and the resource bank ({@link ResourceErasure}), whose
 * rating aggregates must follow the deleted reviews.
 */
@ApplicationScoped
public class PersonalDataRepository implements PersonalData {

    private final EntityManager entityManager;
    private final LoginAttempts loginAttempts;
    private final MentoringErasure mentoring;
    private final ResourceErasure resources;

    PersonalDataRepository(
            EntityManager entityManager,
            LoginAttempts loginAttempts,
            MentoringErasure mentoring,
            ResourceErasure resources) {
        this.entityManager = entityManager;
        this.loginAttempts = loginAttempts;
        this.mentoring = mentoring;
        this.resources = resources;
    }

    @Override
    public Set<UUID> administratorsLocked() {
        List<?> rows = entityManager
                .createNativeQuery("select id from person where 'ADMINISTRATOR' = any (platform_roles) for update")
                .getResultList();
        return rows.stream().map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Every organisation and coalition that the person alone coordinates passes to its
     * longest-standing active member, so that no community is left without someone to manage it.
     */
    private void handOverCoordination(UUID personId) {
        handOverCoordination(personId, "organization_membership", "organization_id", "active_since");
        handOverCoordination(personId, "coalition_membership", "coalition_id", "joined_at");
    }

    private void handOverCoordination(UUID personId, String memberships, String community, String since) {
        String sql = ("update %1$s set role = 'COORDINATOR', version = version + 1 where id in ("
                        + " select distinct on (m.%2$s) m.id from %1$s m"
                        + " where m.status = 'ACTIVE' and m.person_id <> :person"
                        + " and m.%2$s in (select %2$s from %1$s where person_id = :person"
                        + "   and role = 'COORDINATOR' and status = 'ACTIVE')"
                        + " and not exists (select 1 from %1$s c where c.%2$s = m.%2$s"
                        + "   and c.role = 'COORDINATOR' and c.status = 'ACTIVE' and c.person_id <> :person)"
                        + " order by m.%2$s, m.%3$s, m.id)")
                .formatted(memberships, community, since);
        entityManager.createNativeQuery(sql).setParameter("person", personId).executeUpdate();
    }

    @Override
    public void eraseEverythingAbout(UUID personId, Email email) {
        String id = personId.toString();
        // The person's own remembered answers, and anyone's answer that shows them (their
        // registration, a membership naming them): a replay then runs afresh against what is left.
        entityManager
                .createNativeQuery("delete from idempotency_record where caller = :id"
                        + " or strpos(coalesce(response_body, ''), :id) > 0"
                        + " or strpos(lower(coalesce(response_body, '')), :email) > 0"
                        + " or strpos(coalesce(response_location, ''), :id) > 0")
                .setParameter("id", id)
                .setParameter("email", email.value())
                .executeUpdate();
        loginAttempts.clear(Authentication.accountKey(email));
        // Details name no person today (issuers, roles, scopes); an event that ever does loses it.
        entityManager
                .createNativeQuery("update audit_event set"
                        + " actor_id = case when actor_id = :person then null else actor_id end,"
                        + " subject_id = case when subject_id = :person then null else subject_id end,"
                        + " ip_address = null,"
                        + " detail = case when strpos(lower(detail), :email) > 0 or strpos(detail, :id) > 0"
                        + "   then '' else detail end"
                        + " where actor_id = :person or subject_id = :person")
                .setParameter("person", personId)
                .setParameter("email", email.value())
                .setParameter("id", id)
                .executeUpdate();
        handOverCoordination(personId);
        mentoring.forget(personId);
        resources.eraseContributionsOf(personId);
        // A PERSONAL path is read by its learner alone: it goes with them, enrollments first.
        entityManager
                .createNativeQuery("delete from enrollment where learning_path_id in (select id from learning_path"
                        + " where visibility = 'PERSONAL' and created_by = :person)")
                .setParameter("person", personId)
                .executeUpdate();
        entityManager
                .createNativeQuery("delete from learning_path where visibility = 'PERSONAL' and created_by = :person")
                .setParameter("person", personId)
                .executeUpdate();
        entityManager
                .createNativeQuery("delete from person where id = :person")
                .setParameter("person", personId)
                .executeUpdate();
    }
}
