package eu.loopmentoring.domain.contracts;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.evidenced;
import static eu.loopmentoring.domain.learningpath.PathSamples.reflection;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Enrollments;
import eu.loopmentoring.domain.learningpath.Evidence;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.learningpath.PathSamples;
import eu.loopmentoring.domain.learningpath.StepChange;
import eu.loopmentoring.domain.learningpath.StepStatus;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What any {@link Enrollments} must do, over paths stored with {@link #paths()}. */
public abstract class EnrollmentsContract extends PortContract {

    protected abstract LearningPaths paths();

    protected abstract Enrollments enrollments();

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    /** Version 1 of a new lineage, published. */
    protected LearningPath aPublishedPath(PathSamples.Content content) {
        LearningPath draft =
                LearningPath.draft(content.build(), aPerson(unique("Author ")).id(), T0);
        paths().add(draft);
        return paths().update(draft.publish(1, T0)).orElseThrow();
    }

    /** The next version of {@code published}'s lineage, published. */
    protected LearningPath theNextVersion(LearningPath published) {
        LearningPath next = published.nextDraft(published.createdBy().orElseThrow(), at(1));
        paths().add(next);
        int number = published.versionNumber().orElseThrow() + 1;
        return paths().update(next.publish(number, at(1))).orElseThrow();
    }

    private Enrollment enrolled(Person learner, LearningPath path, Instant at) {
        Enrollment enrollment = Enrollment.start(path, learner.id(), at);
        assertThat(enrollments().add(enrollment)).isEmpty();
        return enrollments().find(enrollment.id()).orElseThrow();
    }

    private static StepChange to(StepStatus status, Evidence evidence, String reflection) {
        return new StepChange(status, Optional.ofNullable(evidence), Optional.ofNullable(reflection));
    }

    @Test
    void anEnrollmentComesBackAsAdded() {
        LearningPath path = aPublishedPath(aPath().steps(activity("a", true), reflection("b", false)));
        Enrollment enrollment = Enrollment.start(path, aPerson("Learner").id(), at(5));

        assertThat(enrollments().add(enrollment)).isEmpty();

        assertThat(enrollments().find(enrollment.id())).contains(enrollment);
        assertThat(enrollments().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndKeepsEveryStepRecord() {
        LearningPath path =
                aPublishedPath(aPath().steps(evidenced("show"), reflection("think", true), activity("more", false)));
        Enrollment enrollment = enrolled(aPerson("Learner"), path, at(5));
        Evidence evidence = new Evidence("My lesson plan", List.of("https://example.org/a", "https://example.org/b"));

        Enrollment shown = enrollments()
                .update(enrollment.change("show", to(StepStatus.DONE, evidence, null), false, at(10)))
                .orElseThrow();

        assertThat(shown.version()).isGreaterThan(enrollment.version());
        assertThat(shown.record("show").evidence()).isEqualTo(evidence);
        assertThat(shown.record("show").doneAt()).contains(at(10));
        assertThat(enrollments().find(enrollment.id())).contains(shown);
        assertThat(enrollments().update(enrollment.change("more", to(StepStatus.SKIPPED, null, null), false, at(11))))
                .isEmpty();
        assertThat(enrollments().find(enrollment.id())).contains(shown);

        Enrollment thinking = enrollments()
                .update(shown.change("think", to(StepStatus.IN_PROGRESS, null, "A first thought"), false, at(20)))
                .orElseThrow();
        Enrollment completed = enrollments()
                .update(thinking.change("think", to(StepStatus.DONE, null, null), false, at(30)))
                .orElseThrow();

        assertThat(completed.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(completed.completedAt()).contains(at(30));
        assertThat(completed.record("think").reflection()).contains("A first thought");
        assertThat(completed.record("think").startedAt()).contains(at(20));
        assertThat(enrollments().find(enrollment.id())).contains(completed);
    }

    @Test
    void aPersonHasOneRunningEnrollmentPerLineageAndTheSecondIsAnsweredWithIt() {
        LearningPath first = aPublishedPath(aPath());
        LearningPath second = theNextVersion(first);
        LearningPath otherPath = aPublishedPath(aPath());
        Person learner = aPerson("Learner");
        Enrollment running = enrolled(learner, first, at(5));
        Enrollment again = Enrollment.start(second, learner.id(), at(6));

        assertThat(enrollments().add(again)).map(Enrollment::id).contains(running.id());

        assertThat(enrollments().find(again.id())).isEmpty();
        enrolled(learner, otherPath, at(7));
        enrolled(aPerson("Other learner"), second, at(8));
        Enrollment left = enrollments().update(running.leave(at(9))).orElseThrow();
        assertThat(left.status()).isEqualTo(EnrollmentStatus.LEFT);
        assertThat(left.leftAt()).contains(at(9));
        Enrollment restarted = enrolled(learner, second, at(10));
        assertThat(enrollments().add(Enrollment.start(first, learner.id(), at(11))))
                .map(Enrollment::id)
                .contains(restarted.id());
    }

    @Test
    void enrolmentsThatRaceKeepOneRunningEnrollmentAndAnswerTheOthersWithIt() throws Exception {
        LearningPath path = aPublishedPath(aPath());
        Person learner = aPerson("Learner");
        int racers = 4;
        List<Enrollment> attempts = IntStream.range(0, racers)
                .mapToObj(i -> Enrollment.start(path, learner.id(), at(i)))
                .toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Optional<Enrollment>>> answers = new ArrayList<>();
            for (Enrollment attempt : attempts) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return enrollments().add(attempt);
                }));
            }
            start.countDown();
            List<UUID> stored = new ArrayList<>();
            Set<UUID> answeredWith = new HashSet<>();
            for (int i = 0; i < racers; i++) {
                Optional<Enrollment> answer = answers.get(i).get(30, TimeUnit.SECONDS);
                answer.map(Enrollment::id).ifPresent(answeredWith::add);
                if (answer.isEmpty()) {
                    stored.add(attempts.get(i).id());
                }
            }

            assertThat(stored).hasSize(1);
            assertThat(answeredWith).isSubsetOf(stored);
            assertThat(enrollments().allOf(learner.id()))
                    .extracting(Enrollment::id)
                    .isEqualTo(stored);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPersonsEnrollmentsAreListedMostRecentFirstByStatusInKeysetPages() {
        Person learner = aPerson("Learner");
        Enrollment oldest = enrolled(learner, aPublishedPath(aPath()), at(1));
        Enrollment left = enrollments()
                .update(enrolled(learner, aPublishedPath(aPath()), at(2)).leave(at(3)))
                .orElseThrow();
        Enrollment completed = enrollments()
                .update(enrolled(learner, aPublishedPath(aPath()), at(4))
                        .change("start", to(StepStatus.DONE, null, null), false, at(5)))
                .orElseThrow();
        Enrollment newest = enrolled(learner, aPublishedPath(aPath()), at(6));
        enrolled(aPerson("Other learner"), aPublishedPath(aPath()), at(7));

        assertThat(allPages(2, page -> enrollments().of(learner.id(), Optional.empty(), page)))
                .containsExactly(newest, completed, left, oldest);
        assertThat(allPages(1, page -> enrollments().of(learner.id(), Optional.of(EnrollmentStatus.ACTIVE), page)))
                .containsExactly(newest, oldest);
        assertThat(allPages(2, page -> enrollments().of(learner.id(), Optional.of(EnrollmentStatus.LEFT), page)))
                .containsExactly(left);
        assertThat(allPages(2, page -> enrollments().of(learner.id(), Optional.of(EnrollmentStatus.COMPLETED), page)))
                .containsExactly(completed);
        assertThat(enrollments().allOf(learner.id())).containsExactly(newest, completed, left, oldest);
        assertThat(enrollments().allOf(UUID.randomUUID())).isEmpty();
        assertThat(enrollments()
                        .of(UUID.randomUUID(), Optional.empty(), PageRequest.first(5))
                        .items())
                .isEmpty();
    }
}
