package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class MentoringGoalRepository
        implements MentoringGoals,
                ComposedRelationshipItems<MentoringGoal>,
                PanacheRepositoryBase<MentoringGoalEntity, UUID> {

    private static final KeysetOrder<MentoringGoalEntity> OLDEST = KeysetOrder.<MentoringGoalEntity>by()
            .asc("e.createdAt", MentoringGoalEntity::getCreatedAt, Instant::parse)
            .asc("e.id", MentoringGoalEntity::getId, UUID::fromString);

    private final RelationshipItems<MentoringGoal> items;

    MentoringGoalRepository(MentoringContentMapper mapper) {
        this.items = new RelationshipItemRows<>(
                this,
                MentoringGoalEntity.class,
                OLDEST,
                MentoringGoal::id,
                MentoringGoalEntity::new,
                mapper::copy,
                mapper::toDomain);
    }

    @Override
    public RelationshipItems<MentoringGoal> items() {
        return items;
    }
}
