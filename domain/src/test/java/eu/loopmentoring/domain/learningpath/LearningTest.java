package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.VersionRequiredException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningTest {

    private final PathWorld world = new PathWorld();
    private final Learning learning = world.learning;
    private final PersonSubject learner = PathWorld.person();
    private final LearningPath path = world.publishedPath(aPath().steps(activity("a", true), activity("b", true, "a")));

    private static ExpectedVersion at(Enrollment enrollment) {
        return ExpectedVersion.of(enrollment.version());
    }

    private static StepChange to(StepStatus status) {
        return new StepChange(status, Optional.empty(), Optional.empty());
    }

    @Test
    void a_person_enrols_in_a_published_path_they_read() {
        Enrollment enrollment = learning.enrol(learner, path.id());

        assertThat(enrollment.personId()).isEqualTo(learner.id());
        assertThat(enrollment.path()).isEqualTo(path);
        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(enrollment.enrolledAt()).isEqualTo(world.clock.instant());
        assertThat(learning.enrollment(learner, enrollment.id())).isEqualTo(enrollment);
    }

    @Test
    void a_second_enrollment_in_the_same_path_is_a_conflict_whatever_the_version() {
        Enrollment first = learning.enrol(learner, path.id());
        LearningPath next = world.catalog.nextVersion(world.moderator, path.id());
        LearningPath second = world.catalog.publish(world.moderator, next.id(), ExpectedVersion.of(next.version()));

        assertThatThrownBy(() -> learning.enrol(learner, path.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(first.id().toString())
                .hasMessageContaining("version 1");
        assertThatThrownBy(() -> learning.enrol(learner, second.id())).isInstanceOf(ConflictException.class);
        assertThat(learning.enrol(PathWorld.person(), path.id()).isActive()).isTrue();
    }

    @Test
    void a_person_who_left_enrols_again() {
        Enrollment first = learning.enrol(learner, path.id());
        Enrollment left = learning.leave(learner, first.id(), at(first));

        Enrollment again = learning.enrol(learner, path.id());

        assertThat(left.status()).isEqualTo(EnrollmentStatus.LEFT);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.isActive()).isTrue();
    }

    @Test
    void a_draft_cannot_be_enrolled_in_even_by_its_author() {
        LearningPath draft = world.catalog.create(world.moderator, aPath().build());

        assertThatThrownBy(() -> learning.enrol(world.moderator, draft.id()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> learning.enrol(learner, draft.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_members_path_is_not_found_by_strangers_who_try_to_enrol() {
        Coalition coalition = world.coalition();
        PersonSubject coordinator = world.memberOf(coalition, CoalitionRole.COORDINATOR, MembershipStatus.ACTIVE);
        PersonSubject member = world.memberOf(coalition, CoalitionRole.MEMBER, MembershipStatus.ACTIVE);
        LearningPath draft = world.catalog.create(
                coordinator,
                aPath().coalition(coalition.id())
                        .visibility(PathVisibility.MEMBERS)
                        .build());
        LearningPath members = world.catalog.publish(coordinator, draft.id(), ExpectedVersion.of(draft.version()));

        assertThatThrownBy(() -> learning.enrol(learner, members.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThat(learning.enrol(member, members.id()).isActive()).isTrue();
    }

    @Test
    void another_persons_enrollment_is_not_found() {
        Enrollment enrollment = learning.enrol(learner, path.id());
        PersonSubject other = PathWorld.person();

        assertThatThrownBy(() -> learning.enrollment(other, enrollment.id()))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(enrollment.id().toString());
        assertThatThrownBy(() -> learning.changeStep(other, enrollment.id(), "a", at(enrollment), to(StepStatus.DONE)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> learning.leave(other, enrollment.id(), ExpectedVersion.none()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(learning.mine(other, Optional.empty(), PageRequest.first(10)).items())
                .isEmpty();
        assertThat(learning.all(other)).isEmpty();
    }

    @Test
    void a_step_change_needs_the_version_last_read() {
        Enrollment enrollment = learning.enrol(learner, path.id());

        Enrollment changed = learning.changeStep(learner, enrollment.id(), "a", at(enrollment), to(StepStatus.DONE));

        assertThat(changed.record("a").status()).isEqualTo(StepStatus.DONE);
        assertThat(changed.version()).isGreaterThan(enrollment.version());
        assertThat(learning.enrollment(learner, enrollment.id())).isEqualTo(changed);
        assertThatThrownBy(
                        () -> learning.changeStep(learner, enrollment.id(), "b", at(enrollment), to(StepStatus.DONE)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() ->
                        learning.changeStep(learner, enrollment.id(), "b", ExpectedVersion.none(), to(StepStatus.DONE)))
                .isInstanceOf(VersionRequiredException.class);
        assertThatThrownBy(() -> learning.leave(learner, enrollment.id(), at(enrollment)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void the_last_step_done_completes_the_enrollment() {
        Enrollment enrollment = learning.enrol(learner, path.id());
        Enrollment a = learning.changeStep(learner, enrollment.id(), "a", at(enrollment), to(StepStatus.DONE));
        world.clock.advance(Duration.ofDays(3));

        Enrollment completed = learning.changeStep(learner, enrollment.id(), "b", at(a), to(StepStatus.DONE));

        assertThat(completed.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(completed.completedAt()).contains(world.clock.instant());
        assertThat(learning.mine(learner, Optional.of(EnrollmentStatus.COMPLETED), PageRequest.first(10))
                        .items())
                .containsExactly(completed);
        assertThat(learning.mine(learner, Optional.of(EnrollmentStatus.ACTIVE), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    void an_assessment_step_is_done_once_the_learner_answered_the_questionnaire_again() {
        LearningPath measured = world.publishedPath(aPath().steps(activity("a", true), assessment("measure")));
        Enrollment enrollment = learning.enrol(learner, measured.id());

        assertThatThrownBy(() ->
                        learning.changeStep(learner, enrollment.id(), "measure", at(enrollment), to(StepStatus.DONE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("questionnaire");

        world.assessed.add(learner.id());
        Enrollment done = learning.changeStep(learner, enrollment.id(), "measure", at(enrollment), to(StepStatus.DONE));
        assertThat(done.record("measure").status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void a_persons_enrollments_are_listed_most_recent_first() {
        Enrollment first = learning.enrol(learner, path.id());
        world.clock.advance(Duration.ofMinutes(1));
        LearningPath other = world.publishedPath(aPath().title("Another path"));
        Enrollment second = learning.enrol(learner, other.id());

        assertThat(learning.mine(learner, Optional.empty(), PageRequest.first(10))
                        .items())
                .containsExactly(second, first);
        assertThat(learning.all(learner)).containsExactly(second, first);
    }
}
