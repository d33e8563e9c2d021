package eu.loopmentoring.domain.learningpath;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A programme's progress in counts: of its community's members, how many are enrolled and
 * completed, and per step how many stand at each status. It names nobody.
 */
public record ProgrammeProgress(
        UUID assignmentId, UUID pathId, int members, int enrolled, int completed, List<StepCounts> steps) {

    public ProgrammeProgress {
        steps = List.copyOf(steps);
    }

    /** @param enrollments the members' enrollments in the path, at most one per person */
    public static ProgrammeProgress of(
            PathAssignment assignment, LearningPath path, int members, List<Enrollment> enrollments) {
        List<StepCounts> steps = path.content().steps().stream()
                .map(step -> {
                    Map<StepStatus, Integer> counts = new EnumMap<>(StepStatus.class);
                    enrollments.forEach(e -> counts.merge(e.record(step.key()).status(), 1, Integer::sum));
                    return new StepCounts(step.key(), step.required(), counts);
                })
                .toList();
        int completed = (int) enrollments.stream()
                .filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                .count();
        return new ProgrammeProgress(assignment.id(), path.id(), members, enrollments.size(), completed, steps);
    }

    public record StepCounts(String key, boolean required, Map<StepStatus, Integer> counts) {

        public StepCounts {
            counts = Map.copyOf(counts);
        }

        public int count(StepStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }
}
