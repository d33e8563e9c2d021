package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.RequestStatus;
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
public class MentoringRequestRepository
        implements MentoringRequests, PanacheRepositoryBase<MentoringRequestEntity, UUID> {

    private static final KeysetOrder<MentoringRequestEntity> NEWEST = KeysetOrder.<MentoringRequestEntity>by()
            .desc("r.createdAt", MentoringRequestEntity::getCreatedAt, Instant::parse)
            .desc("r.id", MentoringRequestEntity::getId, UUID::fromString);
    private static final KeysetOrder<MentoringRequestEntity> OLDEST = KeysetOrder.<MentoringRequestEntity>by()
            .asc("r.createdAt", MentoringRequestEntity::getCreatedAt, Instant::parse)
            .asc("r.id", MentoringRequestEntity::getId, UUID::fromString);

    private final MentoringEntityMapper mapper;

    MentoringRequestRepository(MentoringEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringRequest> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<MentoringRequest> findLocked(UUID id) {
        return RowLocks.lock(getEntityManager(), MentoringRequestEntity.class, id)
                .map(mapper::toDomain);
    }

    @Override
    public void add(MentoringRequest request) {
        MentoringRequestEntity entity = new MentoringRequestEntity();
        mapper.copy(request, entity);
        persist(entity);
        flush();
    }

    @Override
    public Optional<MentoringRequest> update(MentoringRequest request) {
        MentoringRequestEntity entity = findById(request.id());
        if (entity == null || entity.getVersion() != request.version()) {
            return Optional.empty();
        }
        mapper.copy(request, entity);
        flush();
        return Optional.of(mapper.toDomain(entity));
    }

    @Override
    public Page<MentoringRequest> ofMentee(UUID menteeId, Optional<RequestStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("r.menteeId = :mentee")
                .bind("mentee", menteeId)
                .andIf(status.map(Enum::name), "r.status = :status", "status");
        return KeysetPages.page(this, "from MentoringRequestEntity r", filters, NEWEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringRequest> seeking() {
        return list("status = 'OPEN' and addressedTo is null order by createdAt, id").stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<MentoringRequest> seekingInCoalition(UUID coalitionId) {
        return list(
                        "status = 'OPEN' and addressedTo is null and menteeId in (select m.personId from"
                                + " CoalitionMembershipEntity m where m.coalitionId = ?1 and m.status = 'ACTIVE')",
                        coalitionId)
                .stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public Page<MentoringRequest> inPool(UUID viewer, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("r.status in ('OPEN', 'PROPOSED') and r.addressedTo is null and r.menteeId <> :viewer")
                .and(PersonBlockRepository.notBlockedWithViewer("r.menteeId"))
                .bind("viewer", viewer);
        return KeysetPages.page(this, "from MentoringRequestEntity r", filters, OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringRequest> allOf(UUID menteeId) {
        return list("menteeId = ?1 order by createdAt desc, id desc", menteeId).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
