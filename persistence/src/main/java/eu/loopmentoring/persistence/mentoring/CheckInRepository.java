package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.CheckIn;
import eu.loopmentoring.domain.mentoring.CheckIns;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CheckInRepository implements CheckIns, PanacheRepositoryBase<CheckInEntity, UUID> {

    /** The transaction-scoped advisory lock that lets one instance at a time send reminders. */
    private static final long REMINDER_LOCK = 0x4c4f4f50_43484b49L;

    private static final KeysetOrder<CheckInEntity> OLDEST = KeysetOrder.<CheckInEntity>by()
            .asc("e.submittedAt", CheckInEntity::getSubmittedAt, Instant::parse)
            .asc("e.id", CheckInEntity::getId, UUID::fromString);

    private final MentoringContentMapper mapper;

    CheckInRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public CheckIn add(CheckIn c) {
        persist(mapper.toEntity(c));
        flush();
        return c;
    }

    @Override
    public Page<CheckIn> ofRelationship(UUID relationshipId, PageRequest page) {
        Conditions filters = Conditions.none().and("e.relationshipId = :key").bind("key", relationshipId);
        return KeysetPages.page(this, "from CheckInEntity e", filters, OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public Optional<Instant> lastBy(UUID relationshipId, UUID authorId) {
        return find("relationshipId = ?1 and authorId = ?2 order by submittedAt desc", relationshipId, authorId)
                .firstResultOptional()
                .map(CheckInEntity::getSubmittedAt);
    }

    @Override
    public List<CheckIn> by(UUID authorId) {
        return list("authorId = ?1 order by submittedAt, id", authorId).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public int remindDue(Instant now) {
        var em = getEntityManager();
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", REMINDER_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0; // another instance is sending them now
        }
        return em.createNativeQuery("insert into notification (id, recipient_id, kind, offer_id, request_id,"
                        + " relationship_id, created_at) select gen_random_uuid(), d.person, 'CHECK_IN_DUE', d.offer_id,"
                        + " d.request_id, d.id, :now from (select r.id, r.offer_id, r.request_id, p.person_id as person,"
                        + " coalesce((select max(c.submitted_at) from mentoring_check_in c where c.relationship_id = r.id"
                        + " and c.author_id = p.person_id), (select max(k.confirmed_at) from"
                        + " mentoring_agreement_confirmation k where k.relationship_id = r.id))"
                        + " + make_interval(weeks => a.check_in_interval_weeks) as due_at from mentoring_relationship r"
                        + " join mentoring_agreement a on a.relationship_id = r.id join mentoring_participant p on"
                        + " p.relationship_id = r.id and p.joined_at is not null and p.left_at is null"
                        + " where r.status = 'ACTIVE' and not exists (select 1 from mentoring_participant m"
                        + " where m.relationship_id = r.id and m.joined_at is not null and m.left_at is null"
                        + " and not exists (select 1 from mentoring_agreement_confirmation k"
                        + " where k.relationship_id = r.id and k.person_id = m.person_id))) d"
                        + " where d.due_at <= :now and not exists (select 1 from"
                        + " notification n where n.recipient_id = d.person and n.relationship_id = d.id"
                        + " and n.kind = 'CHECK_IN_DUE' and n.created_at >= d.due_at)")
                .setParameter("now", now)
                .executeUpdate();
    }
}
