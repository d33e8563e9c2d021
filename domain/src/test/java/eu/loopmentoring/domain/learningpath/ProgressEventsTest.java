package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressEventsTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    /** a, then b and c after a, then d after both b and c; e is optional and waits for nothing. */
    private final Enrollment start = Enrollment.start(
            LearningPath.draft(
                            aPath().steps(
                                            activity("a", true),
                                            activity("b", true, "a"),
                                            activity("c", false, "a"),
                                            activity("d", true, "b", "c"),
                                            activity("e", false))
                                    .build(),
                            UUID.randomUUID(),
                            T0)
                    .publish(1, T0),
            UUID.randomUUID(),
            T0);

    private static Enrollment set(Enrollment enrollment, String key, StepStatus status) {
        return enrollment.change(key, new StepChange(status, Optional.empty(), Optional.empty()), false, T0);
    }

    @Test
    void finishing_a_step_unlocks_every_step_that_waited_only_for_it() {
        Enrollment after = set(start, "a", StepStatus.DONE);

        assertThat(ProgressEvents.between(start, after)).isEqualTo(new ProgressEvents(List.of("b", "c"), false));
    }

    @Test
    void starting_a_step_unlocks_nothing() {
        Enrollment after = set(start, "a", StepStatus.IN_PROGRESS);

        assertThat(ProgressEvents.between(start, after).unlocked()).isEmpty();
    }

    @Test
    void a_step_waiting_for_two_is_unlocked_by_the_last_of_them_and_skipping_counts() {
        Enrollment aDone = set(start, "a", StepStatus.DONE);
        Enrollment bDone = set(aDone, "b", StepStatus.DONE);
        Enrollment cSkipped = set(bDone, "c", StepStatus.SKIPPED);

        assertThat(ProgressEvents.between(aDone, bDone).unlocked()).isEmpty();
        assertThat(ProgressEvents.between(bDone, cSkipped).unlocked()).containsExactly("d");
    }

    @Test
    void a_step_without_dependencies_is_never_unlocked_and_one_already_free_not_again() {
        Enrollment aDone = set(start, "a", StepStatus.DONE);
        Enrollment eDone = set(aDone, "e", StepStatus.DONE);
        Enrollment bStarted = set(eDone, "b", StepStatus.IN_PROGRESS);

        assertThat(ProgressEvents.between(aDone, eDone).unlocked()).isEmpty();
        assertThat(ProgressEvents.between(eDone, bStarted).unlocked()).isEmpty();
    }

    @Test
    void completion_is_told_once_by_the_change_that_reaches_it() {
        Enrollment b = set(set(set(start, "a", StepStatus.DONE), "b", StepStatus.DONE), "c", StepStatus.SKIPPED);
        Enrollment completed = set(b, "d", StepStatus.DONE);

        assertThat(completed.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(ProgressEvents.between(b, completed)).isEqualTo(new ProgressEvents(List.of(), true));
        assertThat(ProgressEvents.between(completed, completed).completed()).isFalse();
    }
}
