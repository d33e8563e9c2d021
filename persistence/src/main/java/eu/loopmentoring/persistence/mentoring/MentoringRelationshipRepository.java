package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.Participant;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MentoringRelationshipRepository
        implements MentoringRelationships, PanacheRepositoryBase<MentoringRelationshipEntity, UUID> {

    /** Bind parameters per query stay far below PostgreSQL's 65,535 however large a run is. */
    private static final int PEOPLE_PER_QUERY = 5_000;

    private static final KeysetOrder<MentoringRelationshipEntity> NEWEST = KeysetOrder.<MentoringRelationshipEntity>by()
            .desc("r.startedAt", MentoringRelationshipEntity::getStartedAt, Instant::parse)
            .desc("r.id", MentoringRelationshipEntity::getId, UUID::fromString);

    private final MentoringEntityMapper mapper;

    MentoringRelationshipRepository(MentoringEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringRelationship> find(UUID id) {
        return findByIdOptional(id).map(this::toDomain);
    }

    @Override
    public Optional<MentoringRelationship> findLocked(UUID id) {
        return RowLocks.lock(getEntityManager(), MentoringRelationshipEntity.class, id)
                .map(this::toDomain);
    }

    @Override
    public void add(MentoringRelationship relationship) {
        MentoringRelationshipEntity entity = new MentoringRelationshipEntity();
        mapper.copy(relationship, entity);
        persist(entity);
        for (Participant p : relationship.participants()) {
            MentoringParticipantEntity row = new MentoringParticipantEntity();
            mapper.copy(relationship.id(), p, row);
            getEntityManager().persist(row);
        }
        flush();
    }

    /** Participants are saved with their relationship, whose version (its ETag) moves when they change. */
    @Override
    public MentoringRelationship update(MentoringRelationship relationship) {
        MentoringRelationshipEntity entity = findById(relationship.id());
        mapper.copy(relationship, entity);
        EntityManager em = getEntityManager();
        boolean changed = false;
        for (Participant p : relationship.participants()) {
            MentoringParticipantEntity row = em.find(
                    MentoringParticipantEntity.class,
                    new MentoringParticipantEntity.Key(relationship.id(), p.personId()));
            if (row == null) {
                row = new MentoringParticipantEntity();
                mapper.copy(relationship.id(), p, row);
                em.persist(row);
                changed = true;
            } else if (!row.getRole().equals(p.role().name())
                    || !Objects.equals(row.getJoinedAt(), p.joinedAt().orElse(null))
                    || !Objects.equals(row.getLeftAt(), p.leftAt().orElse(null))) {
                mapper.copy(relationship.id(), p, row);
                changed = true;
            }
        }
        if (changed) {
            em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        flush();
        return toDomain(entity);
    }

    @Override
    public int countRunning(UUID offerId) {
        return ((Number) getEntityManager()
                        .createQuery("select count(*) from MentoringParticipantEntity p, MentoringRelationshipEntity r"
                                + " where r.id = p.relationshipId and r.offerId = :offer and r.status in ('ACTIVE',"
                                + " 'PAUSED') and p.role = 'MENTEE' and p.joinedAt is not null and p.leftAt is null")
                        .setParameter("offer", offerId)
                        .getSingleResult())
                .intValue();
    }

    @Override
    public Optional<MentoringRelationship> runningGroupOf(UUID offerId) {
        return find("offerId = ?1 and format = 'GROUP' and status in ('ACTIVE', 'PAUSED') order by startedAt", offerId)
                .firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public Page<MentoringRelationship> involving(UUID person, Optional<RelationshipStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("exists (select 1 from MentoringParticipantEntity p where p.relationshipId = r.id"
                        + " and p.personId = :person and p.leftAt is null)")
                .bind("person", person)
                .andIf(status.map(Enum::name), "r.status = :status", "status");
        return page(filters, page);
    }

    @Override
    public Page<MentoringRelationship> inCoalition(
            UUID coalitionId, Optional<RelationshipStatus> status, PageRequest page) {
        return page(
                Conditions.none()
                        .and("r.coalitionId = :coalition")
                        .bind("coalition", coalitionId)
                        .andIf(status.map(Enum::name), "r.status = :status", "status"),
                page);
    }

    /** A page of relationships, newest first, with their participants read in one more query. */
    private Page<MentoringRelationship> page(Conditions filters, PageRequest page) {
        Page<MentoringRelationshipEntity> rows =
                KeysetPages.page(this, "from MentoringRelationshipEntity r", filters, NEWEST, page);
        Map<UUID, List<MentoringParticipantEntity>> participants =
                participantsOf(rows.items().stream().map(e -> e.getId()).toList());
        return rows.map(e -> mapper.toDomain(e, participants.getOrDefault(e.getId(), List.of())));
    }

    @Override
    public List<MentoringRelationship> allInvolving(UUID person) {
        List<MentoringRelationshipEntity> rows = list(
                "id in (select p.relationshipId from MentoringParticipantEntity p where p.personId = ?1)"
                        + " order by startedAt desc, id desc",
                person);
        Map<UUID, List<MentoringParticipantEntity>> participants =
                participantsOf(rows.stream().map(e -> e.getId()).toList());
        return rows.stream()
                .map(e -> mapper.toDomain(e, participants.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    @Override
    public List<MentoringRelationship> runningAmong(Collection<UUID> people) {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(people));
        Map<UUID, MentoringRelationshipEntity> rows = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += PEOPLE_PER_QUERY) {
            list(
                            "status in ('ACTIVE', 'PAUSED') and id in (select p.relationshipId from"
                                    + " MentoringParticipantEntity p where p.personId in ?1)",
                            all.subList(from, Math.min(all.size(), from + PEOPLE_PER_QUERY)))
                    .forEach(row -> rows.putIfAbsent(row.getId(), row));
        }
        Map<UUID, List<MentoringParticipantEntity>> participants = participantsOf(List.copyOf(rows.keySet()));
        return rows.values().stream()
                .map(e -> mapper.toDomain(e, participants.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    private MentoringRelationship toDomain(MentoringRelationshipEntity entity) {
        return mapper.toDomain(entity, participantsOf(List.of(entity.getId())).getOrDefault(entity.getId(), List.of()));
    }

    private Map<UUID, List<MentoringParticipantEntity>> participantsOf(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "from MentoringParticipantEntity p where p.relationshipId in :ids",
                        MentoringParticipantEntity.class)
                .setParameter("ids", relationshipIds)
                .getResultStream()
                .collect(Collectors.groupingBy(p -> p.getRelationshipId()));
    }
}
