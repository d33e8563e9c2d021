package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.fakes.FakeStepTargets;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryEnrollments;
import eu.loopmentoring.domain.fakes.InMemoryLearningPaths;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    final Learning learning = new Learning(enrollments, catalog, (person, since) -> assessed.contains(person), clock);

    final PersonSubject moderator = person(PlatformRole.MODERATOR);
    final PersonSubject administrator = person(PlatformRole.ADMINISTRATOR);
    final PersonSubject stranger = person();

    static PersonSubject person(PlatformRole... roles) {
        return new PersonSubject(UUID.randomUUID(), Set.of(roles));
    }

    Coalition coalition() {
        Coalition coalition = new Coalition(
                UUID.randomUUID(),
                "Coalition " + UUID.randomUUID(),
                "",
                Set.of(),
                Admission.BY_APPROVAL,
                Optional.empty(),
                clock.instant(),
                0,
                0);
        coalitions.add(coalition);
        return coalition;
    }

    PersonSubject memberOf(Coalition coalition, CoalitionRole role, MembershipStatus status) {
        PersonSubject person = person();
        Instant now = clock.instant();
        coalitionMemberships.add(new CoalitionMembership(
                UUID.randomUUID(),
                coalition.id(),
                person.id(),
                "Member",
                role,
                status,
                now,
                status == MembershipStatus.ACTIVE ? Optional.of(now) : Optional.empty(),
                0));
        return person;
    }

    Organization organization() {
        Organization organization = new Organization(
                UUID.randomUUID(),
                "School " + UUID.randomUUID(),
                OrganizationKind.SCHOOL,
                "PT",
                Optional.empty(),
                List.of("pt"),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                clock.instant(),
                0);
        organizations.add(organization);
        return organization;
    }

    PersonSubject memberOf(
            Organization organization,
            OrganizationRole role,
            eu.loopmentoring.domain.organization.MembershipStatus status) {
        PersonSubject person = person();
        Instant now = clock.instant();
        boolean active = status == eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE;
        organizationMemberships.add(new OrganizationMembership(
                UUID.randomUUID(),
                organization.id(),
                person.id(),
                role,
                status,
                Optional.empty(),
                Optional.empty(),
                now,
                active ? Optional.of(now) : Optional.empty(),
                0));
        return person;
    }

    /** A path the moderator created and published, for everyone. */
    LearningPath publishedPath(PathSamples.Content content) {
        LearningPath draft = catalog.create(moderator, content.build());
        return catalog.publish(
                moderator, draft.id(), eu.loopmentoring.domain.shared.ExpectedVersion.of(draft.version()));
    }
}
