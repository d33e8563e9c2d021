package eu.loopmentoring.domain.learningpath;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.every;
import static eu.loopmentoring.domain.learningpath.PathSamples.method;
import static eu.loopmentoring.domain.learningpath.PathSamples.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.VersionRequiredException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearningPathCatalogTest {

    private final PathWorld world = new PathWorld();
    private final LearningPathCatalog catalog = world.catalog;
    private final Coalition coalition = world.coalition();
    private final PersonSubject coordinator =
            world.memberOf(coalition, CoalitionRole.COORDINATOR, MembershipStatus.ACTIVE);
    private final PersonSubject teacher = world.memberOf(coalition, CoalitionRole.MEMBER, MembershipStatus.ACTIVE);
    private final PersonSubject applicant = world.memberOf(coalition, CoalitionRole.MEMBER, MembershipStatus.REQUESTED);

    private static ExpectedVersion at(LearningPath path) {
        return ExpectedVersion.of(path.version());
    }

    private PathSamples.Content forCoalition() {
        return aPath().coalition(coalition.id()).visibility(PathVisibility.MEMBERS);
    }

    @Test
    void a_teacher_cannot_author_a_path_for_their_coalition() {
        assertThatThrownBy(() -> catalog.create(teacher, forCoalition().build()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("coordinators");
    }

    @Test
    void a_coalition_coordinator_authors_its_paths() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());

        assertThat(draft.status()).isEqualTo(PathStatus.DRAFT);
        assertThat(draft.isBy(coordinator.id())).isTrue();
        assertThat(draft.content().coalitionId()).contains(coalition.id());
        assertThat(world.paths.find(draft.id())).contains(draft);
    }

    @Test
    void organisation_coordinators_and_teacher_trainers_author_its_paths_and_its_teachers_do_not() {
        Organization school = world.organization();
        PathContent content = aPath().organization(school.id()).build();
        var active = eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE;

        assertThat(catalog.create(world.memberOf(school, OrganizationRole.COORDINATOR, active), content))
                .isNotNull();
        assertThat(catalog.create(world.memberOf(school, OrganizationRole.TEACHER_TRAINER, active), content))
                .isNotNull();
        PersonSubject schoolTeacher = world.memberOf(school, OrganizationRole.TEACHER, active);
        assertThatThrownBy(() -> catalog.create(schoolTeacher, content)).isInstanceOf(AccessDeniedException.class);
        PersonSubject invitedTrainer = world.memberOf(
                school,
                OrganizationRole.TEACHER_TRAINER,
                eu.loopmentoring.domain.organization.MembershipStatus.INVITED);
        assertThatThrownBy(() -> catalog.create(invitedTrainer, content)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_moderators_and_administrators_author_platform_paths() {
        assertThatThrownBy(() -> catalog.create(coordinator, aPath().build()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("moderators and administrators");

        assertThat(catalog.create(world.moderator, aPath().build()).content().ownedByCommunity())
                .isFalse();
        assertThat(catalog.create(world.administrator, aPath().build()).status())
                .isEqualTo(PathStatus.DRAFT);
    }

    @Test
    void a_path_for_an_unknown_community_is_refused_as_not_found() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> catalog.create(
                        world.moderator, aPath().coalition(unknown).build()))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(unknown.toString());
        assertThatThrownBy(() -> catalog.create(
                        world.moderator, aPath().organization(unknown).build()))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void a_draft_is_read_only_by_those_who_edit_it() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        PersonSubject otherCoordinator = world.memberOf(coalition, CoalitionRole.COORDINATOR, MembershipStatus.ACTIVE);

        assertThat(catalog.path(coordinator, draft.id())).isEqualTo(draft);
        assertThat(catalog.path(otherCoordinator, draft.id())).isEqualTo(draft);
        assertThat(catalog.path(world.moderator, draft.id())).isEqualTo(draft);
        for (PersonSubject outsider : new PersonSubject[] {teacher, world.stranger}) {
            assertThatThrownBy(() -> catalog.path(outsider, draft.id()))
                    .isInstanceOf(ObjectNotFoundException.class)
                    .hasMessageContaining(draft.id().toString());
        }
    }

    @Test
    void a_members_path_is_read_only_by_active_members() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        LearningPath published = catalog.publish(coordinator, draft.id(), at(draft));

        assertThat(catalog.path(teacher, published.id())).isEqualTo(published);
        assertThatThrownBy(() -> catalog.path(applicant, published.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> catalog.path(world.stranger, published.id()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_path_for_everyone_is_read_by_everyone_once_published() {
        LearningPath published = world.publishedPath(aPath());

        assertThat(catalog.path(world.stranger, published.id())).isEqualTo(published);
    }

    @Test
    void a_change_needs_the_version_last_read() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        LearningPath renamed = catalog.replace(
                coordinator,
                draft.id(),
                at(draft),
                forCoalition().title("Renamed").build());

        assertThat(renamed.content().title()).isEqualTo("Renamed");
        assertThat(renamed.version()).isGreaterThan(draft.version());
        assertThatThrownBy(() -> catalog.replace(
                        coordinator, draft.id(), at(draft), forCoalition().build()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> catalog.replace(
                        coordinator,
                        draft.id(),
                        ExpectedVersion.none(),
                        forCoalition().build()))
                .isInstanceOf(VersionRequiredException.class);
        assertThatThrownBy(() -> catalog.publish(coordinator, draft.id(), at(draft)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> catalog.delete(coordinator, draft.id(), ExpectedVersion.none()))
                .isInstanceOf(VersionRequiredException.class);
    }

    @Test
    void a_stranger_learns_nothing_about_a_draft_not_even_that_its_version_is_stale() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());

        assertThatThrownBy(() -> catalog.replace(world.stranger, draft.id(), ExpectedVersion.none(), aPath().build()))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> catalog.publish(world.stranger, draft.id(), ExpectedVersion.noVersion()))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_member_who_reads_a_published_path_does_not_change_it() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        LearningPath published = catalog.publish(coordinator, draft.id(), at(draft));

        assertThatThrownBy(() -> catalog.nextVersion(teacher, published.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.replace(
                        teacher, published.id(), at(published), forCoalition().build()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void what_only_authors_do_is_refused_to_readers_and_the_path_does_not_exist_for_anyone_else() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        LearningPath published = catalog.publish(coordinator, draft.id(), at(draft));
        String refusal = "Only the path's authors read this.";

        assertThat(catalog.authoredPath(coordinator, published.id(), refusal)).isEqualTo(published);
        assertThat(catalog.authoredPath(world.moderator, published.id(), refusal))
                .isEqualTo(published);
        assertThatThrownBy(() -> catalog.authoredPath(teacher, published.id(), refusal))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> catalog.authoredPath(world.stranger, published.id(), refusal))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void an_edit_keeps_the_paths_owner() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());

        LearningPath replaced = catalog.replace(
                coordinator,
                draft.id(),
                at(draft),
                aPath().organization(world.organization().id()).build());

        assertThat(replaced.content().coalitionId()).contains(coalition.id());
        assertThat(replaced.content().organizationId()).isEmpty();
    }

    @Test
    void publishing_numbers_the_versions_of_a_lineage() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        world.clock.advance(Duration.ofMinutes(1));

        LearningPath first = catalog.publish(coordinator, draft.id(), at(draft));

        assertThat(first.versionNumber()).contains(1);
        assertThat(first.publishedAt()).contains(world.clock.instant());
        LearningPath next = catalog.nextVersion(coordinator, first.id());
        assertThat(next.basedOn()).contains(first.id());
        assertThat(next.lineageId()).isEqualTo(first.lineageId());
        LearningPath second = catalog.publish(coordinator, next.id(), at(next));
        assertThat(second.versionNumber()).contains(2);
        assertThat(catalog.path(teacher, first.id())).isEqualTo(first);
    }

    @Test
    void a_published_version_is_published_once_and_never_deleted() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        LearningPath published = catalog.publish(coordinator, draft.id(), at(draft));

        assertThatThrownBy(() -> catalog.publish(coordinator, published.id(), at(published)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("/drafts");
        assertThatThrownBy(() -> catalog.delete(coordinator, published.id(), at(published)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("never deleted");
    }

    @Test
    void a_draft_is_deleted() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());

        catalog.delete(coordinator, draft.id(), at(draft));

        assertThatThrownBy(() -> catalog.path(coordinator, draft.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_lineage_has_one_draft_at_a_time() {
        LearningPath published = world.publishedPath(aPath());
        catalog.nextVersion(world.moderator, published.id());

        assertThatThrownBy(() -> catalog.nextVersion(world.administrator, published.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already has a draft");
    }

    @Test
    void a_draft_pointing_to_missing_resources_or_methods_is_not_published() {
        UUID resourceId = UUID.randomUUID();
        UUID methodId = UUID.randomUUID();
        LearningPath draft = catalog.create(
                world.moderator,
                aPath().steps(resource("read", resourceId), method("try", methodId))
                        .build());

        assertThatThrownBy(() -> catalog.publish(world.moderator, draft.id(), at(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot be published yet")
                .hasMessageContaining(resourceId.toString())
                .hasMessageContaining(methodId.toString());

        world.targets.publishedResources.add(resourceId);
        world.targets.methods.add(methodId);
        assertThat(catalog.publish(world.moderator, draft.id(), at(draft)).isPublished())
                .isTrue();
    }

    @Test
    void a_draft_without_steps_is_not_published() {
        LearningPath draft = catalog.create(world.moderator, aPath().steps().build());

        assertThatThrownBy(() -> catalog.publish(world.moderator, draft.id(), at(draft)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("at least one step");
    }

    @Test
    void drafts_are_listed_to_their_editors_and_published_versions_to_their_readers() {
        LearningPath draft = catalog.create(coordinator, forCoalition().build());
        LearningPath other = catalog.create(
                coordinator, forCoalition().steps(activity("x", true)).build());
        LearningPath published = catalog.publish(coordinator, other.id(), at(other));

        assertThat(catalog.list(coordinator, every(PathStatus.DRAFT), PageRequest.first(10))
                        .items())
                .containsExactly(draft);
        assertThat(catalog.list(teacher, every(PathStatus.DRAFT), PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(catalog.list(world.moderator, every(PathStatus.DRAFT), PageRequest.first(10))
                        .items())
                .containsExactly(draft);
        assertThat(catalog.list(teacher, every(PathStatus.PUBLISHED), PageRequest.first(10))
                        .items())
                .containsExactly(published);
        assertThat(catalog.list(world.stranger, every(PathStatus.PUBLISHED), PageRequest.first(10))
                        .items())
                .isEmpty();
    }

    @Test
    void a_personal_path_is_read_and_listed_for_its_learner_alone() {
        PathContent mine = aPath().steps(activity("try", true))
                .visibility(PathVisibility.PERSONAL)
                .build();
        LearningPath personal = catalog.addPersonal(teacher, mine);

        assertThat(personal.isPublished()).isTrue();
        assertThat(personal.versionNumber()).contains(1);
        assertThat(catalog.path(teacher, personal.id())).isEqualTo(personal);
        for (PersonSubject other : new PersonSubject[] {coordinator, world.moderator, world.stranger}) {
            assertThatThrownBy(() -> catalog.path(other, personal.id())).isInstanceOf(ObjectNotFoundException.class);
            assertThat(catalog.list(other, every(PathStatus.PUBLISHED), PageRequest.first(10))
                            .items())
                    .doesNotContain(personal);
        }
        assertThatThrownBy(() -> catalog.nextVersion(teacher, personal.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void authors_cannot_make_a_path_personal() {
        PathContent personal = aPath().visibility(PathVisibility.PERSONAL).build();

        assertThatThrownBy(() -> catalog.create(world.moderator, personal))
                .isInstanceOf(eu.loopmentoring.domain.shared.InvalidInputException.class)
                .hasMessageContaining("visibility");
    }

    @Test
    void a_community_cannot_own_a_personal_path() {
        assertThatThrownBy(
                        () -> forCoalition().visibility(PathVisibility.PERSONAL).build())
                .isInstanceOf(eu.loopmentoring.domain.shared.InvalidInputException.class);
    }
}
