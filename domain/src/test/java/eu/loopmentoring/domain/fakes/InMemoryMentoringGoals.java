package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import java.util.List;

/** Goals, oldest first. */
public final class InMemoryMentoringGoals extends InMemoryRelationshipItems<MentoringGoal> implements MentoringGoals {

    public InMemoryMentoringGoals() {
        super(
                MentoringGoal::id,
                MentoringGoal::relationshipId,
                g -> List.of(FakePages.sortable(g.createdAt()), g.id().toString()),
                MentoringGoal::version,
                (g, version) -> new MentoringGoal(
                        g.id(),
                        g.relationshipId(),
                        g.title(),
                        g.targetDate(),
                        g.progress(),
                        g.status(),
                        g.createdBy(),
                        g.createdAt(),
                        g.updatedAt(),
                        version));
    }
}
