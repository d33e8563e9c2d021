package eu.loopmentoring.domain.learningpath;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One enrollment as the people the learner shows their progress to see it: the path, the status,
 * the dates and where the learner is with each step. What the learner wrote or showed (reflections,
 * evidence) is not part of it, nor their evaluation: those stay the learner's.
 */
public record LearningProgress(
        UUID enrollmentId,
        UUID pathId,
        UUID lineageId,
        String title,
        int versionNumber,
        EnrollmentStatus status,
        Instant enrolledAt,
        Optional<Instant> completedAt,
        Optional<Instant> leftAt,
        List<Step> steps,
        EnrollmentProgress progress) {

    public LearningProgress {
        Objects.requireNonNull(enrollmentId, "enrollmentId");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** A step of the enrolled version, and the learner's status and times on it. */
    public record Step(
            String key,
            StepKind kind,
            String title,
            boolean required,
            Optional<String> module,
            StepStatus status,
            boolean locked,
            Optional<Instant> startedAt,
            Optional<Instant> doneAt) {}

    public static LearningProgress of(Enrollment enrollment) {
        LearningPath path = enrollment.path();
        return new LearningProgress(
                enrollment.id(),
                path.id(),
                path.lineageId(),
                path.content().title(),
                path.versionNumber().orElseThrow(),
                enrollment.status(),
                enrollment.enrolledAt(),
                enrollment.completedAt(),
                enrollment.leftAt(),
                path.content().steps().stream()
                        .map(step -> step(step, enrollment))
                        .toList(),
                enrollment.progress());
    }

    private static Step step(PathStep step, Enrollment enrollment) {
        StepRecord record = enrollment.record(step.key());
        return new Step(
                step.key(),
                step.kind(),
                step.title(),
                step.required(),
                step.module(),
                record.status(),
                enrollment.locked(step),
                record.startedAt(),
                record.doneAt());
    }
}
