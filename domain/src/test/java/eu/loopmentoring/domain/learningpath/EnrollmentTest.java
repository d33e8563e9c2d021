package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.assessment;
import static eu.loopmentoring.domain.learningpath.PathSamples.evidenced;
import static eu.loopmentoring.domain.learningpath.PathSamples.mentoring;
import static eu.loopmentoring.domain.learningpath.PathSamples.reflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private final UUID learner = UUID.randomUUID();

    private static LearningPath published(PathSamples.Content content) {
        return LearningPath.draft(content.build(), UUID.randomUUID(), T0).publish(1, T0);
    }

    private Enrollment enrolledIn(PathSamples.Content content) {
        return Enrollment.start(published(content), learner, T0);
    }

    private static StepChange to(StepStatus status) {
        return new StepChange(status, Optional.empty(), Optional.empty());
    }

    private static Enrollment set(Enrollment enrollment, String key, StepStatus status) {
        return enrollment.change(key, to(status), false, T1);
    }

    @Test
    void a_draft_cannot_be_enrolled_in() {
        LearningPath draft = LearningPath.draft(aPath().build(), UUID.randomUUID(), T0);

        assertThatThrownBy(() -> Enrollment.start(draft, learner, T0))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("published version");
    }

    @Test
    void an_enrollment_starts_active_with_every_step_not_started_in_the_paths_order() {
        Enrollment enrollment = enrolledIn(aPath().steps(activity("b", true), activity("a", false)));

        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.isActive()).isTrue();
        assertThat(enrollment.personId()).isEqualTo(learner);
        assertThat(enrollment.enrolledAt()).isEqualTo(T0);
        assertThat(enrollment.completedAt()).isEmpty();
        assertThat(enrollment.leftAt()).isEmpty();
        assertThat(enrollment.steps()).containsOnlyKeys("b", "a");
        assertThat(enrollment.steps().keySet()).containsExactly("b", "a");
        assertThat(enrollment.steps().values()).containsOnly(StepRecord.NOT_STARTED);
    }

    @Test
    void a_step_waits_for_the_steps_it_depends_on() {
        Enrollment enrollment =
                enrolledIn(aPath().steps(activity("a", true), activity("b", false), activity("c", true, "a", "b")));
        PathStep c = enrollment.path().content().step("c").orElseThrow();

        assertThat(enrollment.locked(c)).isTrue();
        assertThat(enrollment.waitingFor(c)).containsExactly("a", "b");
        assertThatThrownBy(() -> set(enrollment, "c", StepStatus.IN_PROGRESS))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("waits for a, b");
        assertThatThrownBy(() -> set(enrollment, "c", StepStatus.DONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("finish or skip those first");
    }

    @Test
    void a_step_is_unlocked_once_what_it_depends_on_is_done_or_skipped() {
        Enrollment enrollment = enrolledIn(aPath().steps(
                        activity("a", true), activity("b", false), activity("c", true, "a", "b"), activity("d", false))
                .minimumOptionalSteps(0));
        PathStep c = enrollment.path().content().step("c").orElseThrow();

        Enrollment aInProgress = set(enrollment, "a", StepStatus.IN_PROGRESS);
        assertThat(aInProgress.waitingFor(c)).containsExactly("a", "b");
        Enrollment settled = set(set(aInProgress, "a", StepStatus.DONE), "b", StepStatus.SKIPPED);

        assertThat(settled.locked(c)).isFalse();
        assertThat(set(settled, "c", StepStatus.IN_PROGRESS).record("c").status())
                .isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void a_locked_step_may_still_be_skipped_or_reset() {
        Enrollment enrollment = enrolledIn(aPath().steps(activity("a", true), activity("b", false, "a")));

        assertThat(set(enrollment, "b", StepStatus.SKIPPED).record("b").status())
                .isEqualTo(StepStatus.SKIPPED);
        assertThat(set(enrollment, "b", StepStatus.NOT_STARTED).record("b").status())
                .isEqualTo(StepStatus.NOT_STARTED);
    }

    @Test
    void a_required_step_cannot_be_skipped() {
        Enrollment enrollment = enrolledIn(aPath().steps(activity("a", true), activity("b", false)));

        assertThatThrownBy(() -> set(enrollment, "a", StepStatus.SKIPPED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("required and cannot be skipped");
        assertThat(set(enrollment, "b", StepStatus.SKIPPED).record("b").status())
                .isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void an_unknown_step_is_not_found() {
        Enrollment enrollment = enrolledIn(aPath());

        assertThatThrownBy(() -> set(enrollment, "nope", StepStatus.DONE))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void a_reflection_is_done_only_with_an_answer() {
        Enrollment enrollment = enrolledIn(aPath().steps(reflection("think", true), activity("more", true)));

        assertThatThrownBy(() -> set(enrollment, "think", StepStatus.DONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reflection");
        assertThatThrownBy(() -> enrollment.change(
                        "think", new StepChange(StepStatus.DONE, Optional.empty(), Optional.of("  ")), false, T1))
                .isInstanceOf(RuleViolationException.class);

        Enrollment answered = enrollment.change(
                "think", new StepChange(StepStatus.DONE, Optional.empty(), Optional.of("I listened more.")), false, T1);

        assertThat(answered.record("think").status()).isEqualTo(StepStatus.DONE);
        assertThat(answered.record("think").reflection()).contains("I listened more.");
    }

    @Test
    void an_activity_that_asks_for_evidence_is_done_only_with_evidence() {
        Enrollment enrollment = enrolledIn(aPath().steps(evidenced("show"), activity("plain", true)));

        assertThatThrownBy(() -> set(enrollment, "show", StepStatus.DONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("evidence");
        assertThat(set(enrollment, "plain", StepStatus.DONE).record("plain").status())
                .isEqualTo(StepStatus.DONE);

        Evidence evidence = new Evidence("", List.of("https://example.org/plan.pdf"));
        Enrollment shown = enrollment.change(
                "show", new StepChange(StepStatus.DONE, Optional.of(evidence), Optional.empty()), false, T1);

        assertThat(shown.record("show").evidence()).isEqualTo(evidence);
    }

    @Test
    void an_assessment_is_done_only_after_answering_the_questionnaire_again() {
        Enrollment enrollment = enrolledIn(aPath().steps(assessment("measure"), mentoring("talk")));

        assertThatThrownBy(() -> enrollment.change("measure", to(StepStatus.DONE), false, T1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("POST /api/v1/me/questionnaire-responses");

        assertThat(enrollment
                        .change("measure", to(StepStatus.DONE), true, T1)
                        .record("measure")
                        .status())
                .isEqualTo(StepStatus.DONE);
        assertThat(enrollment
                        .change("measure", to(StepStatus.IN_PROGRESS), false, T1)
                        .record("measure")
                        .status())
                .isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void every_required_step_and_enough_optional_ones_complete_the_path() {
        Enrollment enrollment = enrolledIn(
                aPath().steps(activity("a", true), activity("b", true), activity("c", false), activity("d", false))
                        .minimumOptionalSteps(1));

        Enrollment requiredOnly = set(set(enrollment, "a", StepStatus.DONE), "b", StepStatus.DONE);

        assertThat(requiredOnly.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(requiredOnly.completedAt()).isEmpty();
        assertThat(requiredOnly.progress().complete()).isFalse();

        Enrollment completed = requiredOnly.change("c", to(StepStatus.DONE), false, T2);

        assertThat(completed.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(completed.completedAt()).contains(T2);
        assertThat(completed.progress().complete()).isTrue();
    }

    @Test
    void a_skipped_optional_step_does_not_count_towards_the_rule() {
        Enrollment enrollment = enrolledIn(
                aPath().steps(activity("a", true), activity("b", false)).minimumOptionalSteps(1));

        Enrollment skipped = set(set(enrollment, "b", StepStatus.SKIPPED), "a", StepStatus.DONE);

        assertThat(skipped.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(skipped.progress()).isEqualTo(new EnrollmentProgress(1, 1, 0, 1));
    }

    @Test
    void a_completed_enrollment_no_longer_changes() {
        Enrollment completed =
                set(enrolledIn(aPath().steps(activity("a", true), activity("b", false))), "a", StepStatus.DONE);

        assertThat(completed.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThatThrownBy(() -> set(completed, "b", StepStatus.DONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("COMPLETED")
                .hasMessageContaining("enrol again");
        assertThatThrownBy(() -> completed.leave(T2)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void leaving_keeps_what_was_done_and_ends_the_enrollment() {
        Enrollment started =
                set(enrolledIn(aPath().steps(activity("a", true), activity("b", true))), "a", StepStatus.DONE);

        Enrollment left = started.leave(T2);

        assertThat(left.status()).isEqualTo(EnrollmentStatus.LEFT);
        assertThat(left.leftAt()).contains(T2);
        assertThat(left.isActive()).isFalse();
        assertThat(left.record("a").status()).isEqualTo(StepStatus.DONE);
        assertThatThrownBy(() -> set(left, "b", StepStatus.DONE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("LEFT");
        assertThatThrownBy(() -> left.leave(T2)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_step_keeps_when_it_started_and_records_when_it_was_done() {
        Enrollment enrollment = enrolledIn(aPath().steps(activity("a", true), activity("b", true)));

        Enrollment started = enrollment.change("a", to(StepStatus.IN_PROGRESS), false, T1);
        Enrollment done = started.change("a", to(StepStatus.DONE), false, T2);

        assertThat(started.record("a").startedAt()).contains(T1);
        assertThat(started.record("a").doneAt()).isEmpty();
        assertThat(done.record("a").startedAt()).contains(T1);
        assertThat(done.record("a").doneAt()).contains(T2);
        StepRecord reopened = done.change("a", to(StepStatus.IN_PROGRESS), false, T2.plusSeconds(1))
                .record("a");
        assertThat(reopened.startedAt()).contains(T1);
        assertThat(reopened.doneAt()).isEmpty();
    }

    @Test
    void resetting_a_step_to_not_started_clears_its_dates() {
        Enrollment enrollment = enrolledIn(aPath().steps(activity("a", true), activity("b", true)));
        Enrollment done = enrollment.change("a", to(StepStatus.DONE), false, T1);

        StepRecord reset =
                done.change("a", to(StepStatus.NOT_STARTED), false, T2).record("a");

        assertThat(reset.status()).isEqualTo(StepStatus.NOT_STARTED);
        assertThat(reset.startedAt()).isEmpty();
        assertThat(reset.doneAt()).isEmpty();
    }

    @Test
    void evidence_and_reflection_stay_when_a_change_does_not_mention_them() {
        Enrollment enrollment = enrolledIn(aPath().steps(reflection("think", true), activity("more", true)));
        Evidence evidence = new Evidence("My lesson plan", List.of());
        Enrollment written = enrollment.change(
                "think",
                new StepChange(StepStatus.IN_PROGRESS, Optional.of(evidence), Optional.of("A first thought")),
                false,
                T1);

        Enrollment done = written.change("think", to(StepStatus.DONE), false, T2);

        assertThat(done.record("think").evidence()).isEqualTo(evidence);
        assertThat(done.record("think").reflection()).contains("A first thought");
        assertThat(done.record("think").status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void an_empty_reflection_removes_the_one_written() {
        Enrollment enrollment = enrolledIn(aPath().steps(reflection("think", true), activity("more", true)));
        Enrollment written = enrollment.change(
                "think", new StepChange(StepStatus.IN_PROGRESS, Optional.empty(), Optional.of("Draft")), false, T1);

        Enrollment removed = written.change(
                "think", new StepChange(StepStatus.IN_PROGRESS, Optional.empty(), Optional.of("")), false, T2);

        assertThat(removed.record("think").reflection()).isEmpty();
    }

    @Test
    void progress_counts_required_and_optional_steps_done() {
        Enrollment enrollment = enrolledIn(aPath().steps(
                        activity("a", true),
                        activity("b", true),
                        activity("c", true),
                        activity("d", false),
                        activity("e", false),
                        activity("f", false))
                .minimumOptionalSteps(2));

        Enrollment some =
                set(set(set(enrollment, "a", StepStatus.DONE), "b", StepStatus.IN_PROGRESS), "d", StepStatus.DONE);

        assertThat(enrollment.progress()).isEqualTo(new EnrollmentProgress(0, 3, 0, 2));
        assertThat(some.progress()).isEqualTo(new EnrollmentProgress(1, 3, 1, 2));
        assertThat(set(some, "e", StepStatus.SKIPPED).progress()).isEqualTo(new EnrollmentProgress(1, 3, 1, 2));
    }
}
