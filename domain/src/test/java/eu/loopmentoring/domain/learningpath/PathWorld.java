package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.contracts.Communities;
import eu.loopmentoring.domain.fakes.FakeStepTargets;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryEnrollments;
import eu.loopmentoring.domain.fakes.InMemoryLearningPaths;
import eu.loopmentoring.domain.fakes.InMemoryNotifications;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The learning path catalog and learning over in-memory adapters, with communities to act in. */
final class PathWorld {

    final MutableClock clock = new MutableClock();
    final InMemoryCoalitionMemberships coalitionMemberships = new InMemoryCoalitionMemberships();
    final InMemoryCoalitions coalitions = new InMemoryCoalitions(coalitionMemberships);
    final InMemoryOrganizations organizations = new InMemoryOrganizations();
    final InMemoryOrganizationMemberships organizationMemberships =
            new InMemoryOrganizationMemberships(new InMemoryPeople(), organizations);
    final PathAccess access = new PathAccess(coalitionMemberships, organizationMemberships);
    final InMemoryLearningPaths paths = new InMemoryLearningPaths(access);
    final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    final FakeStepTargets targets = new FakeStepTargets();
    /** The people who answered the questionnaire again since they enrolled. */
    final Set<UUID> assessed = new HashSet<>();

    final LearningPathCatalog catalog =
            new LearningPathCatalog(paths, targets, access, coalitions, organizations, clock);
    final InMemoryNotifications notifications = new InMemoryNotifications();
    final Learning learning =
            new Learning(enrollments, catalog, (person, since) -> assessed.contains(person), notifications, clock);

    final PersonSubject moderator = person(PlatformRole.MODERATOR);
    final PersonSubject administrator = person(PlatformRole.ADMINISTRATOR);
    final PersonSubject stranger = person();

    static PersonSubject person(PlatformRole... roles) {
        return new PersonSubject(UUID.randomUUID(), Set.of(roles));
    }

    Coalition coalition() {
        return Communities.coalition(coalitions);
    }

    PersonSubject memberOf(Coalition coalition, CoalitionRole role, MembershipStatus status) {
        PersonSubject person = person();
        Communities.member(coalitionMemberships, coalition, person.id(), "Member", role, status, clock.instant());
        return person;
    }

    Organization organization() {
        return Communities.organization(organizations, OrganizationKind.SCHOOL);
    }

    PersonSubject memberOf(
            Organization organization,
            OrganizationRole role,
            eu.loopmentoring.domain.organization.MembershipStatus status) {
        PersonSubject person = person();
        Communities.member(organizationMemberships, organization, person.id(), role, status, clock.instant());
        return person;
    }

    /** A path the moderator created and published, for everyone. */
    LearningPath publishedPath(PathSamples.Content content) {
        LearningPath draft = catalog.create(moderator, content.build());
        return catalog.publish(moderator, draft.id(), ExpectedVersion.of(draft.version()));
    }
}
