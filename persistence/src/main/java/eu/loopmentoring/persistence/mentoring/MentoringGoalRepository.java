package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
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
public class MentoringGoalRepository implements MentoringGoals, PanacheRepositoryBase<MentoringGoalEntity, UUID> {

    private static final KeysetOrder<MentoringGoalEntity> OLDEST = KeysetOrder.<MentoringGoalEntity>by()
            .asc("e.createdAt", e -> e.createdAt, Instant::parse)
            .asc("e.id", e -> e.id, UUID::fromString);

    private final MentoringContentMapper mapper;

    MentoringGoalRepository(MentoringContentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<MentoringGoal> find(UUID relationshipId, UUID id) {
        return findByIdOptional(id)
                .filter(e -> e.relationshipId.equals(relationshipId))
                .map(mapper::toDomain);
    }

    @Override
    public MentoringGoal add(MentoringGoal goal) {
        MentoringGoalEntity entity = new MentoringGoalEntity();
        mapper.copy(goal, entity);
        persist(entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public MentoringGoal update(MentoringGoal goal) {
        MentoringGoalEntity entity = findById(goal.id());
        mapper.copy(goal, entity);
        flush();
        return mapper.toDomain(entity);
    }

    @Override
    public void remove(UUID id) {
        deleteById(id);
        flush();
    }

    @Override
    public Page<MentoringGoal> of(UUID relationshipId, PageRequest page) {
        Conditions filters = Conditions.none().and("e.relationshipId = :key").bind("key", relationshipId);
        return KeysetPages.page(this, "from MentoringGoalEntity e", filters, OLDEST, page)
                .map(mapper::toDomain);
    }

    @Override
    public List<MentoringGoal> ofRelationships(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return list("relationshipId in ?1 order by createdAt, id", relationshipIds).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
