package eu.loopmentoring.domain.contracts;

import static eu.loopmentoring.domain.learningpath.PathSamples.aPath;
import static eu.loopmentoring.domain.learningpath.PathSamples.activity;
import static eu.loopmentoring.domain.learningpath.PathSamples.assessment;
import static eu.loopmentoring.domain.learningpath.PathSamples.evidenced;
import static eu.loopmentoring.domain.learningpath.PathSamples.filter;
import static eu.loopmentoring.domain.learningpath.PathSamples.method;
import static eu.loopmentoring.domain.learningpath.PathSamples.reflection;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.learningpath.PathFilter;
import eu.loopmentoring.domain.learningpath.PathSamples;
import eu.loopmentoring.domain.learningpath.PathStatus;
import eu.loopmentoring.domain.learningpath.PathStep;
import eu.loopmentoring.domain.learningpath.PathVisibility;
import eu.loopmentoring.domain.learningpath.StepKind;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link LearningPaths} must do. Every listing is narrowed to rows of its own test (a
 * unique topic, coalition or organisation), since a curator sees every draft of every test. The
 * ports are called one call at a time; an adapter whose {@link LearningPaths#highestVersionLocked}
 * needs a transaction gives each call its own (as {@code InTransactions.each} does).
 */
public abstract class LearningPathsContract extends PortContract {

    protected abstract LearningPaths paths();

    protected abstract Coalitions coalitions();

    protected abstract CoalitionMemberships coalitionMemberships();

    protected abstract Organizations organizations();

    protected abstract OrganizationMemberships organizationMemberships();

    /** What a {@code RESOURCE} step points to: an adapter that keeps it as a reference makes a resource. */
    protected UUID aResourceId() {
        return UUID.randomUUID();
    }

    /** What a {@code METHOD} step points to: an adapter that keeps it as a reference makes a method. */
    protected UUID aMethodId() {
        return UUID.randomUUID();
    }

    protected LearningPath aDraft(Person author, PathSamples.Content content, Instant at) {
        LearningPath draft = LearningPath.draft(content.build(), author.id(), at);
        paths().add(draft);
        return paths().find(draft.id()).orElseThrow();
    }

    protected LearningPath published(LearningPath draft, Instant at) {
        int number = paths().highestVersionLocked(draft.lineageId()).orElse(0) + 1;
        return paths().update(draft.publish(number, at)).orElseThrow();
    }

    protected LearningPath aPublished(Person author, PathSamples.Content content, Instant at) {
        return published(aDraft(author, content, at), at);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private Coalition aCoalition() {
        return Communities.coalition(coalitions());
    }

    private Organization anOrganization() {
        return Communities.organization(organizations(), OrganizationKind.SCHOOL);
    }

    private Person memberOf(Coalition coalition, CoalitionRole role, MembershipStatus status) {
        Person person = aPerson(unique("Coalition member "));
        Communities.member(coalitionMemberships(), coalition, person, role, status, T0);
        return person;
    }

    private Person memberOf(
            Organization organization,
            OrganizationRole role,
            eu.loopmentoring.domain.organization.MembershipStatus status) {
        Person person = aPerson(unique("Organisation member "));
        Communities.member(organizationMemberships(), organization, person, role, status, T0);
        return person;
    }

    private static PathFilter topic(PathStatus status, String topic) {
        return filter(status).topic(topic).build();
    }

    private List<UUID> listed(UUID viewer, boolean curator, PathFilter filter) {
        return allPages(2, page -> paths().list(viewer, curator, filter, page)).stream()
                .map(LearningPath::id)
                .toList();
    }

    private List<UUID> publishedTo(UUID viewer, String topic) {
        return listed(viewer, false, topic(PathStatus.PUBLISHED, topic));
    }

    private List<UUID> draftsOf(UUID viewer, String topic) {
        return listed(viewer, false, topic(PathStatus.DRAFT, topic));
    }

    @Test
    void aPathComesBackAsStoredWithEveryFieldAndStep() {
        Person author = aPerson("Author");
        Coalition coalition = aCoalition();
        PathStep read = new PathStep(
                "read",
                StepKind.RESOURCE,
                "Read the guide",
                "Chapters 1 and 2.",
                true,
                Optional.of("Module 1: welcome"),
                List.of(),
                Optional.of(aResourceId()),
                Optional.empty(),
                Optional.empty(),
                false);
        PathSamples.Content content = aPath().title("Everything " + unique(""))
                .summary("Every field of a path, to store and read back.")
                .languages("et", "en")
                .audience(new Audience(
                        Set.of(TargetGroup.MENTORS, TargetGroup.TEACHERS),
                        Set.of(CareerStage.INDUCTION),
                        Set.of(IscedLevel.ISCED_1, IscedLevel.ISCED_2)))
                .profileDimensions(ProfileDimension.MOTIVATION, ProfileDimension.CREATIVITY)
                .schoolDimensions(SchoolDimension.VISION)
                .topics(unique("t-"), "induction")
                .estimatedHours(20)
                .visibility(PathVisibility.MEMBERS)
                .coalition(coalition.id())
                .steps(
                        read,
                        method("try", aMethodId()),
                        reflection("think", false),
                        PathSamples.step(
                                "show", StepKind.ACTIVITY, true, List.of("read", "try"), null, null, null, true),
                        PathSamples.step("talk", StepKind.MENTORING, false, List.of("think"), null, null, null, false),
                        assessment("measure"))
                .minimumOptionalSteps(1);
        LearningPath draft = LearningPath.draft(content.build(), author.id(), T0);

        paths().add(draft);

        assertThat(paths().find(draft.id())).contains(draft);
        assertThat(paths().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndGivesANewOne() {
        LearningPath draft = aDraft(aPerson("Author"), aPath(), T0);

        LearningPath stored = paths().update(draft.replace(
                        aPath().title("Renamed")
                                .steps(activity("a", true), evidenced("b"))
                                .build(),
                        at(60)))
                .orElseThrow();

        assertThat(stored.version()).isGreaterThan(draft.version());
        assertThat(stored.content().title()).isEqualTo("Renamed");
        assertThat(stored.updatedAt()).isEqualTo(at(60));
        assertThat(paths().find(draft.id())).contains(stored);
        assertThat(paths().update(draft.replace(aPath().title("Stale").build(), at(120))))
                .isEmpty();
        assertThat(paths().find(draft.id())).contains(stored);
        LearningPath unknown =
                LearningPath.draft(aPath().build(), draft.createdBy().orElseThrow(), T0);
        assertThat(paths().update(unknown)).isEmpty();
        assertThat(paths().find(unknown.id())).isEmpty();
    }

    @Test
    void publishedVersionsAreNumberedInTheirLineageWithOneDraftAtATime() {
        Person author = aPerson("Author");
        LearningPath draft = aDraft(author, aPath(), T0);

        assertThat(paths().highestVersionLocked(draft.lineageId())).isEmpty();
        assertThat(paths().hasDraft(draft.lineageId())).isTrue();

        LearningPath first = published(draft, at(10));

        assertThat(first.versionNumber()).contains(1);
        assertThat(first.status()).isEqualTo(PathStatus.PUBLISHED);
        assertThat(first.publishedAt()).contains(at(10));
        assertThat(paths().find(first.id())).contains(first);
        assertThat(paths().highestVersionLocked(first.lineageId())).hasValue(1);
        assertThat(paths().hasDraft(first.lineageId())).isFalse();

        LearningPath next = first.nextDraft(aPerson("Editor").id(), at(20));
        paths().add(next);

        assertThat(paths().find(next.id())).contains(next);
        assertThat(paths().hasDraft(first.lineageId())).isTrue();
        assertThat(paths().highestVersionLocked(first.lineageId())).hasValue(1);
        LearningPath second = published(paths().find(next.id()).orElseThrow(), at(30));
        assertThat(second.versionNumber()).contains(2);
        assertThat(second.basedOn()).contains(first.id());
        assertThat(paths().highestVersionLocked(first.lineageId())).hasValue(2);
        assertThat(paths().hasDraft(first.lineageId())).isFalse();
        assertThat(paths().find(first.id())).contains(first);
        UUID unknown = UUID.randomUUID();
        assertThat(paths().highestVersionLocked(unknown)).isEmpty();
        assertThat(paths().hasDraft(unknown)).isFalse();
    }

    @Test
    void aRemovedDraftIsGone() {
        LearningPath draft = aDraft(aPerson("Author"), aPath(), T0);

        LearningPath changed = paths().update(draft.replace(draft.content(), T0.plusSeconds(60)))
                .orElseThrow();

        assertThat(paths().remove(draft)).as("a stale version").isFalse();
        assertThat(paths().remove(changed)).isTrue();
        assertThat(paths().remove(changed)).as("already gone").isFalse();
        assertThat(paths().find(draft.id())).isEmpty();
        assertThat(paths().hasDraft(draft.lineageId())).isFalse();
    }

    @Test
    void publishedVersionsAreListedNewestPublicationFirstInKeysetPagesWithoutDrafts() {
        String topic = unique("listed-");
        Person author = aPerson("Author");
        LearningPath oldest = aPublished(author, aPath().topics(topic), at(10));
        LearningPath newest = aPublished(author, aPath().topics(topic), at(30));
        LearningPath middle = aPublished(author, aPath().topics(topic), at(20));
        aDraft(author, aPath().topics(topic), at(40));
        UUID viewer = aPerson("Viewer").id();

        assertThat(publishedTo(viewer, topic)).containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(listed(viewer, true, topic(PathStatus.PUBLISHED, topic)))
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void draftsAreListedToThoseWhoEditThemMostRecentlyChangedFirst() {
        String topic = unique("drafts-");
        Coalition coalition = aCoalition();
        Organization school = anOrganization();
        Person author = aPerson("Author");
        Person coordinator = memberOf(coalition, CoalitionRole.COORDINATOR, MembershipStatus.ACTIVE);
        Person member = memberOf(coalition, CoalitionRole.MEMBER, MembershipStatus.ACTIVE);
        var active = eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE;
        Person trainer = memberOf(school, OrganizationRole.TEACHER_TRAINER, active);
        Person schoolCoordinator = memberOf(school, OrganizationRole.COORDINATOR, active);
        Person teacher = memberOf(school, OrganizationRole.TEACHER, active);
        Person someoneElse = aPerson("Someone else");
        LearningPath older = aDraft(author, aPath().topics(topic), at(1));
        LearningPath ofCoalition = aDraft(someoneElse, aPath().topics(topic).coalition(coalition.id()), at(2));
        LearningPath ofSchool = aDraft(someoneElse, aPath().topics(topic).organization(school.id()), at(3));
        LearningPath newer = aDraft(author, aPath().topics(topic), at(0));
        newer = paths().update(
                        newer.replace(aPath().topics(topic).title("Changed").build(), at(4)))
                .orElseThrow();
        LearningPath publishedOne = aPublished(author, aPath().topics(topic), at(5));

        assertThat(draftsOf(author.id(), topic)).containsExactly(newer.id(), older.id());
        assertThat(draftsOf(coordinator.id(), topic)).containsExactly(ofCoalition.id());
        assertThat(draftsOf(trainer.id(), topic)).containsExactly(ofSchool.id());
        assertThat(draftsOf(schoolCoordinator.id(), topic)).containsExactly(ofSchool.id());
        assertThat(draftsOf(member.id(), topic)).isEmpty();
        assertThat(draftsOf(teacher.id(), topic)).isEmpty();
        assertThat(draftsOf(aPerson("Stranger").id(), topic)).isEmpty();
        assertThat(listed(aPerson("Curator").id(), true, topic(PathStatus.DRAFT, topic)))
                .containsExactly(newer.id(), ofSchool.id(), ofCoalition.id(), older.id())
                .doesNotContain(publishedOne.id());
    }

    @Test
    void aMembersPathIsListedOnlyToActiveMembersOfItsCommunityAndToItsEditors() {
        String topic = unique("members-");
        Coalition coalition = aCoalition();
        Organization school = anOrganization();
        Person author = aPerson("Author");
        LearningPath forEveryone = aPublished(author, aPath().topics(topic), at(1));
        LearningPath coalitionForEveryone =
                aPublished(author, aPath().topics(topic).coalition(coalition.id()), at(2));
        LearningPath coalitionMembers = aPublished(
                author, aPath().topics(topic).coalition(coalition.id()).visibility(PathVisibility.MEMBERS), at(3));
        LearningPath schoolMembers = aPublished(
                author, aPath().topics(topic).organization(school.id()).visibility(PathVisibility.MEMBERS), at(4));
        Person member = memberOf(coalition, CoalitionRole.MEMBER, MembershipStatus.ACTIVE);
        Person applicant = memberOf(coalition, CoalitionRole.MEMBER, MembershipStatus.REQUESTED);
        Person teacher = memberOf(
                school, OrganizationRole.TEACHER, eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE);
        Person invited = memberOf(
                school, OrganizationRole.TEACHER, eu.loopmentoring.domain.organization.MembershipStatus.INVITED);
        List<UUID> forAll = List.of(coalitionForEveryone.id(), forEveryone.id());

        assertThat(publishedTo(aPerson("Stranger").id(), topic)).containsExactlyElementsOf(forAll);
        assertThat(publishedTo(applicant.id(), topic)).containsExactlyElementsOf(forAll);
        assertThat(publishedTo(invited.id(), topic)).containsExactlyElementsOf(forAll);
        assertThat(publishedTo(member.id(), topic))
                .containsExactly(coalitionMembers.id(), coalitionForEveryone.id(), forEveryone.id());
        assertThat(publishedTo(teacher.id(), topic))
                .containsExactly(schoolMembers.id(), coalitionForEveryone.id(), forEveryone.id());
        List<UUID> all =
                List.of(schoolMembers.id(), coalitionMembers.id(), coalitionForEveryone.id(), forEveryone.id());
        assertThat(publishedTo(author.id(), topic)).containsExactlyElementsOf(all);
        assertThat(listed(aPerson("Curator").id(), true, topic(PathStatus.PUBLISHED, topic)))
                .containsExactlyElementsOf(all);
    }

    @Test
    void theListIsNarrowedByEachFilter() {
        String topic = unique("filters-");
        String only = unique("only-");
        Coalition coalition = aCoalition();
        Organization school = anOrganization();
        Person author = aPerson("Author");
        LearningPath welcoming = aPublished(
                author,
                aPath().topics(topic, only)
                        .title("Welcoming new teachers")
                        .summary("The first weeks in school.")
                        .languages("pt", "en")
                        .profileDimensions(ProfileDimension.COMMUNICATION_SKILLS)
                        .schoolDimensions(SchoolDimension.PEDAGOGICAL_PRACTICES)
                        .audience(new Audience(Set.of(TargetGroup.TEACHERS), Set.of(CareerStage.INDUCTION), Set.of())),
                at(1));
        LearningPath leading = aPublished(
                author,
                aPath().topics(topic)
                        .title("Leading a school programme")
                        .summary("Distributed leadership for mentoring.")
                        .languages("et")
                        .profileDimensions(ProfileDimension.PROBLEM_SOLVING)
                        .schoolDimensions(SchoolDimension.VISION)
                        .audience(new Audience(
                                Set.of(TargetGroup.SCHOOL_LEADERS), Set.of(CareerStage.EXPERIENCED), Set.of()))
                        .coalition(coalition.id()),
                at(2));
        LearningPath ofSchool = aPublished(
                author, aPath().topics(topic).title("Our school's way").organization(school.id()), at(3));
        UUID viewer = aPerson("Viewer").id();

        assertThat(ids(viewer, f(topic).profileDimension(ProfileDimension.COMMUNICATION_SKILLS)))
                .containsExactly(welcoming.id());
        assertThat(ids(viewer, f(topic).schoolDimension(SchoolDimension.VISION)))
                .containsExactly(leading.id());
        assertThat(ids(viewer, f(topic).careerStage(CareerStage.INDUCTION))).containsExactly(welcoming.id());
        assertThat(ids(viewer, f(topic).targetGroup(TargetGroup.SCHOOL_LEADERS)))
                .containsExactly(leading.id());
        assertThat(ids(viewer, f(topic).language("et"))).containsExactly(leading.id());
        assertThat(ids(viewer, f(topic).language("en"))).containsExactly(ofSchool.id(), welcoming.id());
        assertThat(ids(viewer, f(topic).words("welcoming"))).containsExactly(welcoming.id());
        assertThat(ids(viewer, f(topic).words("distributed"))).containsExactly(leading.id());
        assertThat(ids(viewer, f(topic).words(only))).containsExactly(welcoming.id());
        assertThat(ids(viewer, f(topic).targetGroup(TargetGroup.MENTORS))).isEmpty();
        assertThat(ids(viewer, f(only))).containsExactly(welcoming.id());
        assertThat(ids(viewer, filter(PathStatus.PUBLISHED).coalition(coalition.id())))
                .containsExactly(leading.id());
        assertThat(ids(viewer, filter(PathStatus.PUBLISHED).organization(school.id())))
                .containsExactly(ofSchool.id());
        assertThat(ids(
                        viewer,
                        f(topic).profileDimension(ProfileDimension.COMMUNICATION_SKILLS)
                                .language("et")))
                .isEmpty();
    }

    @Test
    void aPersonsAuthoredVersionsAreListedNewestFirst() {
        Person author = aPerson("Author");
        LearningPath first = aDraft(author, aPath(), at(1));
        LearningPath published = aPublished(author, aPath(), at(2));
        LearningPath next = published.nextDraft(author.id(), at(3));
        paths().add(next);
        aDraft(aPerson("Someone else"), aPath(), at(4));

        assertThat(paths().authoredBy(author.id())).containsExactly(next.id(), published.id(), first.id());
        assertThat(paths().authoredBy(UUID.randomUUID())).isEmpty();
    }

    private List<UUID> ids(UUID viewer, PathSamples.Filter filter) {
        return listed(viewer, false, filter.build());
    }

    private static PathSamples.Filter f(String topic) {
        return filter(PathStatus.PUBLISHED).topic(topic);
    }

    @Test
    void aPersonalPathIsListedToItsLearnerAloneCuratorsIncluded() {
        String topic = unique("personal-");
        Person learner = aPerson("Learner");
        Person other = aPerson("Other");
        LearningPath personal = LearningPath.personal(
                aPath().topics(topic).visibility(PathVisibility.PERSONAL).build(), learner.id(), at(1));
        paths().add(personal);

        assertThat(paths().find(personal.id())).contains(personal);
        assertThat(publishedTo(learner.id(), topic)).containsExactly(personal.id());
        assertThat(publishedTo(other.id(), topic)).isEmpty();
        assertThat(listed(other.id(), true, topic(PathStatus.PUBLISHED, topic))).isEmpty();
        assertThat(listed(learner.id(), true, topic(PathStatus.PUBLISHED, topic)))
                .containsExactly(personal.id());
    }
}
