package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentoringAgreementRepository
        implements MentoringAgreements, PanacheRepositoryBase<MentoringAgreementEntity, UUID> {

    private final MentoringContentMapper mapper;

    MentoringAgreementRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringAgreement> find(UUID relationshipId) {
        return findByIdOptional(relationshipId).map(mapper::toDomain);
    }

    @Override
    public MentoringAgreement add(MentoringAgreement agreement) {
        MentoringAgreementEntity entity = new MentoringAgreementEntity();
        mapper.copy(agreement, entity);
        persist(entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public MentoringAgreement update(MentoringAgreement agreement) {
        MentoringAgreementEntity entity = findById(agreement.relationshipId());
        mapper.copy(agreement, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public List<MentoringAgreement> ofRelationships(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return list("relationshipId in ?1 order by updatedAt, relationshipId", relationshipIds).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
