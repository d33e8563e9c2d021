package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.evidenced;
import static eu.loopmentoring.domain.learningpath.PathSamples.reflection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryProfiles;
import eu.loopmentoring.domain.fakes.KnownPersonRelations;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.profile.InMemoryAnswering;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileChanges;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.ProfileVisibility;
import eu.loopmentoring.domain.profile.Visibility;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharedProgressTest {

    private final PathWorld world = new PathWorld();
    private final InMemoryPeople people = new InMemoryPeople();
    private final KnownPersonRelations relations = new KnownPersonRelations();
    private final ParticipantProfiles profiles = new ParticipantProfiles(
            new InMemoryProfiles(), people, relations, new InMemoryAnswering(world.clock).answering, world.clock);
    private final SharedProgress shared = new SharedProgress(world.enrollments, profiles);

    private final Person learner = people.register("Ana Costa");
    private final Person mentor = people.register("Maria Santos");
    private final LearningPath path = world.publishedPath(aPath().title("The induction year")
            .steps(evidenced("evidence"), reflection("reflect", true), activity("next", true, "reflect")));
    private final Enrollment enrollment = world.learning.enrol(learner.asSubject(), path.id());

    @Test
    void a_mentoring_partner_sees_each_steps_status_and_times_but_not_what_the_learner_wrote() {
        relations.mentoring(learner.id(), mentor.id());
        Enrollment worked = world.learning.changeStep(
                learner.asSubject(),
                enrollment.id(),
                "evidence",
                ExpectedVersion.of(enrollment.version()),
                new StepChange(
                        StepStatus.DONE,
                        Optional.of(new Evidence("My lesson plan", List.of("https://example.org/plan"))),
                        Optional.of("What I learnt")));

        List<LearningProgress> seen = progressSeenBy(mentor.asSubject());

        assertThat(seen).singleElement().satisfies(progress -> {
            assertThat(progress.enrollmentId()).isEqualTo(enrollment.id());
            assertThat(progress.title()).isEqualTo("The induction year");
            assertThat(progress.versionNumber()).isEqualTo(1);
            assertThat(progress.status()).isEqualTo(EnrollmentStatus.ACTIVE);
            assertThat(progress.progress()).isEqualTo(worked.progress());
            assertThat(progress.steps())
                    .extracting(
                            LearningProgress.Step::key, LearningProgress.Step::status, LearningProgress.Step::locked)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("evidence", StepStatus.DONE, false),
                            org.assertj.core.groups.Tuple.tuple("reflect", StepStatus.NOT_STARTED, false),
                            org.assertj.core.groups.Tuple.tuple("next", StepStatus.NOT_STARTED, true));
            assertThat(progress.steps().getFirst().doneAt()).contains(world.clock.instant());
        });
    }

    @Test
    void the_shared_view_has_no_place_for_evidence_reflections_or_evaluations() {
        assertThat(names(LearningProgress.class)).noneMatch(SharedProgressTest::personal);
        assertThat(names(LearningProgress.Step.class)).noneMatch(SharedProgressTest::personal);
    }

    @Test
    void learning_progress_is_shown_to_mentoring_partners_unless_the_owner_chooses_otherwise() {
        assertThat(ProfileVisibility.DEFAULT.of(ProfileFieldGroup.LEARNING_PROGRESS))
                .isEqualTo(Visibility.MENTORING_PARTNERS);
        assertThat(ProfileFieldGroup.LEARNING_PROGRESS.isSpecialCategory()).isFalse();
    }

    @Test
    void the_learner_sees_their_own_progress() {
        assertThat(progressSeenBy(learner.asSubject())).hasSize(1);
    }

    @Test
    void anyone_the_visibility_does_not_admit_finds_no_such_person() {
        Person colleague = people.register("João Silva");
        relations.coalition(learner.id(), colleague.id());

        assertThatThrownBy(() -> progressSeenBy(colleague.asSubject())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> progressSeenBy(mentor.asSubject())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> shared.of(mentor.asSubject(), UUID.randomUUID(), Optional.empty(), firstPage()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_mentor_no_longer_sees_the_progress_once_the_learner_keeps_it_private() {
        relations.mentoring(learner.id(), mentor.id());
        assertThat(progressSeenBy(mentor.asSubject())).hasSize(1);

        showProgressTo(Visibility.PRIVATE);

        assertThatThrownBy(() -> progressSeenBy(mentor.asSubject())).isInstanceOf(ObjectNotFoundException.class);
        assertThat(progressSeenBy(learner.asSubject())).hasSize(1);
    }

    @Test
    void a_partner_client_sees_it_only_when_shown_to_all_members_and_with_the_learning_paths_scope() {
        UUID organization = UUID.randomUUID();
        relations.organization(organization, learner.id());
        ClientSubject client = new ClientSubject(UUID.randomUUID(), organization, Set.of(Scope.LEARNING_PATHS_READ));
        ClientSubject outsider =
                new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.LEARNING_PATHS_READ));
        ClientSubject withoutScope = new ClientSubject(UUID.randomUUID(), organization, Set.of(Scope.PROFILES_READ));

        assertThatThrownBy(() -> progressSeenBy(client)).isInstanceOf(ObjectNotFoundException.class);
        showProgressTo(Visibility.ALL_MEMBERS);

        assertThat(progressSeenBy(client)).hasSize(1);
        assertThatThrownBy(() -> progressSeenBy(outsider)).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> progressSeenBy(withoutScope)).isInstanceOf(AccessDeniedException.class);
    }

    private List<LearningProgress> progressSeenBy(Subject viewer) {
        return shared.of(viewer, learner.id(), Optional.empty(), firstPage()).items();
    }

    private static PageRequest firstPage() {
        return PageRequest.first(20);
    }

    private void showProgressTo(Visibility level) {
        long version = profiles.mine(learner.asSubject()).profile().version();
        profiles.change(
                learner.asSubject(),
                ExpectedVersion.of(version),
                ProfileChanges.visibilityOnly(Map.of(ProfileFieldGroup.LEARNING_PROGRESS, level)));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static boolean personal(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("evidence") || lower.contains("reflection") || lower.contains("evaluation");
    }
}
