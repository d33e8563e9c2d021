package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringProposals;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
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
public class MentoringProposalRepository
        implements MentoringProposals, PanacheRepositoryBase<MentoringProposalEntity, UUID> {

    private static final KeysetOrder<MentoringProposalEntity> NEWEST = KeysetOrder.<MentoringProposalEntity>by()
            .desc("p.createdAt", MentoringProposalEntity::getCreatedAt, Instant::parse)
            .desc("p.id", MentoringProposalEntity::getId, UUID::fromString);

    private final MentoringEntityMapper mapper;

    MentoringProposalRepository(MentoringEntityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringProposal> find(UUID id) {
        return findByIdOptional(id).map(mapper::toDomain);
    }

    @Override
    public Optional<MentoringProposal> findLocked(UUID id) {
        return RowLocks.lock(getEntityManager(), MentoringProposalEntity.class, id)
                .map(mapper::toDomain);
    }

    /** Callers hold the request's lock, so the check cannot race with another proposal of the pair. */
    @Override
    public boolean add(MentoringProposal proposal) {
        if (count("requestId = ?1 and offerId = ?2 and status = 'PENDING'", proposal.requestId(), proposal.offerId())
                > 0) {
            return false;
        }
        MentoringProposalEntity entity = new MentoringProposalEntity();
        mapper.copy(proposal, entity);
        persist(entity);
        flush();
        return true;
    }

    @Override
    public MentoringProposal update(MentoringProposal proposal) {
        MentoringProposalEntity entity = findById(proposal.id());
        mapper.copy(proposal, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public List<MentoringProposal> pendingOf(UUID requestId) {
        return list("requestId = ?1 and status = 'PENDING' order by createdAt, id", requestId).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<MentoringProposal> pendingBetween(UUID one, UUID other) {
        return list(
                        "status = 'PENDING' and ((menteeId = ?1 and mentorId = ?2) or (menteeId = ?2 and mentorId = ?1))"
                                + " order by createdAt, id",
                        one,
                        other)
                .stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public boolean exists(UUID requestId, UUID offerId) {
        return count("requestId = ?1 and offerId = ?2", requestId, offerId) > 0;
    }

    @Override
    public Page<MentoringProposal> involving(UUID person, Optional<ProposalStatus> status, PageRequest page) {
        Conditions filters = Conditions.none()
                .and("(p.menteeId = :person or p.mentorId = :person)")
                .bind("person", person)
                .andIf(status.map(Enum::name), "p.status = :status", "status");
        return KeysetPages.page(this, "from MentoringProposalEntity p", filters, NEWEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringProposal> allInvolving(UUID person) {
        return list("(menteeId = ?1 or mentorId = ?1) order by createdAt desc, id desc", person).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return getEntityManager()
                .createQuery(
                        "select p.id from MentoringProposalEntity p where p.status = 'PENDING' and p.expiresAt <= :now"
                                + " order by p.expiresAt, p.id",
                        UUID.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }
}
