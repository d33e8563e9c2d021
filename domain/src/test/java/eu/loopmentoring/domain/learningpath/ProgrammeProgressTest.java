package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgrammeProgressTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final LearningPath path = LearningPath.draft(
                    aPath().steps(activity("a", true), activity("b", true, "a"), activity("c", false))
                            .build(),
                    UUID.randomUUID(),
                    T0)
            .publish(1, T0);
    private final PathAssignment assignment = PathAssignment.start(
            path.id(), PathAssignment.Community.coalition(UUID.randomUUID()), UUID.randomUUID(), T0);

    private Enrollment learner(String... done) {
        Enrollment enrollment = Enrollment.start(path, UUID.randomUUID(), T0);
        for (String key : done) {
            enrollment = enrollment.change(
                    key, new StepChange(StepStatus.DONE, Optional.empty(), Optional.empty()), false, T0);
        }
        return enrollment;
    }

    @Test
    void counts_members_enrolled_completed_and_each_steps_statuses_in_the_paths_order() {
        ProgrammeProgress progress =
                ProgrammeProgress.of(assignment, path, 7, List.of(learner(), learner("a"), learner("a", "b")));

        assertThat(progress.members()).isEqualTo(7);
        assertThat(progress.enrolled()).isEqualTo(3);
        assertThat(progress.completed()).isEqualTo(1);
        assertThat(progress.steps())
                .extracting(ProgrammeProgress.StepCounts::key)
                .containsExactly("a", "b", "c");
        assertThat(progress.steps().get(0).count(StepStatus.DONE)).isEqualTo(2);
        assertThat(progress.steps().get(0).count(StepStatus.NOT_STARTED)).isEqualTo(1);
        assertThat(progress.steps().get(1).count(StepStatus.DONE)).isEqualTo(1);
        assertThat(progress.steps().get(1).count(StepStatus.NOT_STARTED)).isEqualTo(2);
        assertThat(progress.steps().get(2).count(StepStatus.NOT_STARTED)).isEqualTo(3);
        assertThat(progress.steps().get(1).count(StepStatus.SKIPPED)).isZero();
    }

    @Test
    void nobody_enrolled_is_all_zeros() {
        ProgrammeProgress progress = ProgrammeProgress.of(assignment, path, 3, List.of());

        assertThat(progress.enrolled()).isZero();
        assertThat(progress.steps())
                .allSatisfy(s -> assertThat(s.count(StepStatus.NOT_STARTED)).isZero());
    }

    @Test
    void an_assignment_ends_once() {
        PathAssignment ended = assignment.end(T0.plusSeconds(5));

        assertThat(ended.isRunning()).isFalse();
        assertThat(ended.endedAt()).contains(T0.plusSeconds(5));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ended.end(T0))
                .isInstanceOf(eu.loopmentoring.domain.shared.RuleViolationException.class);
    }
}
