package eu.loopmentoring.domain.contracts;

import eu.loopmentoring.domain.mentoring.GoalChanges;
import eu.loopmentoring.domain.mentoring.GoalStatus;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringGoals;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.RelationshipItems;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** What any {@link MentoringGoals} must do: goals are oldest first. */
public abstract class MentoringGoalsContract extends RelationshipItemsContract<MentoringGoal> {

    protected abstract MentoringGoals goals();

    @Override
    protected RelationshipItems<MentoringGoal> items() {
        return goals();
    }

    @Override
    protected MentoringGoal newItem(MentoringRelationship relationship, Instant at) {
        return MentoringGoal.open(
                relationship.id(),
                "Calm first five minutes",
                Optional.of(LocalDate.parse("2027-03-15")),
                relationship.participants().getFirst().personId(),
                at);
    }

    @Override
    protected MentoringGoal changed(MentoringGoal goal) {
        return goal.change(
                new GoalChanges(
                        Optional.of("Calm first ten minutes"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(GoalStatus.ACHIEVED)),
                goal.updatedAt().plusSeconds(60));
    }

    @Override
    protected UUID id(MentoringGoal goal) {
        return goal.id();
    }

    @Override
    protected long version(MentoringGoal goal) {
        return goal.version();
    }

    @Override
    protected Instant orderedAt(MentoringGoal goal) {
        return goal.createdAt();
    }
}
