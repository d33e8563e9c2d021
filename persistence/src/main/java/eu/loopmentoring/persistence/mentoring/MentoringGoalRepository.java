package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentoringGoalRepository implements MentoringGoals, PanacheRepositoryBase<MentoringGoalEntity, UUID> {

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
    public List<MentoringGoal> ofRelationships(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return list("relationshipId in ?1 order by createdAt, id", relationshipIds).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
