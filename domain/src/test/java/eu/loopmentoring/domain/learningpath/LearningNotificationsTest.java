package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.PersonSubject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningNotificationsTest {

    private final PathWorld world = new PathWorld();
    private final PersonSubject learner = PathWorld.person();
    private final LearningPath path = world.publishedPath(aPath().steps(activity("a", true), activity("b", true, "a")));

    private Enrollment done(Enrollment enrollment, String key) {
        return world.learning.changeStep(
                learner,
                enrollment.id(),
                key,
                ExpectedVersion.of(enrollment.version()),
                new StepChange(StepStatus.DONE, Optional.empty(), Optional.empty()));
    }

    private List<Notification> inbox() {
        return world.notifications.allOf(learner.id());
    }

    @Test
    void the_learner_is_told_of_the_step_their_progress_unlocked_and_then_of_completion() {
        Enrollment enrollment = world.learning.enrol(learner, path.id());
        assertThat(inbox()).isEmpty();

        Enrollment aDone = done(enrollment, "a");

        assertThat(inbox()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.STEP_UNLOCKED);
            assertThat(n.enrollmentId()).contains(enrollment.id());
            assertThat(n.pathId()).contains(path.id());
            assertThat(n.stepKey()).contains("b");
            assertThat(n.assignmentId()).isEmpty();
        });

        done(aDone, "b");

        assertThat(inbox())
                .extracting(Notification::kind)
                .contains(NotificationKind.PATH_COMPLETED)
                .hasSize(2);
        assertThat(world.notifications.allOf(world.moderator.id())).isEmpty();
    }
}
