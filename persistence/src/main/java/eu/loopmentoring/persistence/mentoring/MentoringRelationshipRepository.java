package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
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
public class MentoringRelationshipRepository
        implements MentoringRelationships, PanacheRepositoryBase<MentoringRelationshipEntity, UUID> {

    private static final KeysetOrder<MentoringRelationshipEntity> NEWEST = KeysetOrder.<MentoringRelationshipEntity>by()
            .desc("r.startedAt", e -> e.startedAt, Instant::parse)
            .desc("r.id", e -> e.id, UUID::fromString);

    private final MentoringEntityMapper mapper;

    MentoringRelationshipRepository(MentoringEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringRelationship> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<MentoringRelationship> findLocked(UUID id) {
        return RowLocks.lock(getEntityManager(), MentoringRelationshipEntity.class, id)
                .map(mapper::toDomain);
    }

    @Override
    public void add(MentoringRelationship relationship) {
        MentoringRelationshipEntity entity = new MentoringRelationshipEntity();
        mapper.copy(relationship, entity);
        persist(entity);
        flush();
    }

    @Override
    public MentoringRelationship update(MentoringRelationship relationship) {
        MentoringRelationshipEntity entity = findById(relationship.id());
        mapper.copy(relationship, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public int countRunning(UUID offerId) {
        return (int) count("offerId = ?1 and status in ('ACTIVE', 'PAUSED')", offerId);
    }

    @Override
    public Page<MentoringRelationship> involving(UUID person, Optional<RelationshipStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("(r.mentorId = :person or r.menteeId = :person)")
                .bind("person", person)
                .andIf(status.map(Enum::name), "r.status = :status", "status");
        return KeysetPages.page(this, "from MentoringRelationshipEntity r", filters, NEWEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringRelationship> allInvolving(UUID person) {
        return list("(mentorId = ?1 or menteeId = ?1) order by startedAt desc, id desc", person).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
