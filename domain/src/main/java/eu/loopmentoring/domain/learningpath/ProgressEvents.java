package eu.loopmentoring.domain.learningpath;

import java.util.List;

/**
 * What one change to an enrollment means to its learner: the steps it unlocked (steps that depend
 * on others and waited for at least one of them before, and wait for none now) and whether it
 * completed the path.
 */
public record ProgressEvents(List<String> unlocked, boolean completed) {

    public ProgressEvents {
        unlocked = List.copyOf(unlocked);
    }

    public static ProgressEvents between(Enrollment before, Enrollment after) {
        List<String> unlocked = after.path().content().steps().stream()
                .filter(step -> !step.dependsOn().isEmpty())
                .filter(step -> before.locked(step) && !after.locked(step))
                .map(PathStep::key)
                .toList();
        boolean completed =
                before.status() != EnrollmentStatus.COMPLETED && after.status() == EnrollmentStatus.COMPLETED;
        return new ProgressEvents(unlocked, completed);
    }
}
