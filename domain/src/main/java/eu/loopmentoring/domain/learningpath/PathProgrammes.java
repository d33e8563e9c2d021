package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.learningpath.PathAssignment.Community;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Programmes: the active coordinators of a coalition (its {@code COORDINATOR}s) or of an
 * organisation (its {@code COORDINATOR}s) assign a published path to it, end the programme and
 * follow its progress in counts; its active members read it. Other members are refused (403);
 * for anyone else the community's programmes do not exist (404).
 */
public class PathProgrammes {

    private static final String KIND = "path assignment";

    private final PathAssignments assignments;
    private final LearningPathCatalog catalog;
    private final LearningPaths paths;
    private final CoalitionMemberships coalitionMemberships;
    private final OrganizationMemberships organizationMemberships;
    private final Notifications notifications;
    private final Clock clock;

    public PathProgrammes(
            PathAssignments assignments,
            LearningPathCatalog catalog,
            LearningPaths paths,
            CoalitionMemberships coalitionMemberships,
            OrganizationMemberships organizationMemberships,
            Notifications notifications,
            Clock clock) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.paths = paths;
        this.coalitionMemberships = coalitionMemberships;
        this.organizationMemberships = organizationMemberships;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The coordinator assigns a published version their community's members may read; they are told. */
    public PathAssignment assign(
            Subject subject, UUID pathId, Optional<UUID> coalitionId, Optional<UUID> organizationId) {
        if (coalitionId.isPresent() == organizationId.isPresent()) {
            throw InvalidInputException.of(
                    coalitionId.isPresent() ? "organizationId" : "coalitionId",
                    coalitionId.isPresent()
                            ? "must be absent when coalitionId names the community"
                            : "is required, unless organizationId names the community");
        }
        PersonSubject coordinator = Access.person(subject);
        Community community = new Community(coalitionId, organizationId);
        requireCoordinator(coordinator, community);
        LearningPath path = catalog.path(subject, pathId);
        if (path.isPersonal()) {
            throw new ObjectNotFoundException("learning path", pathId);
        }
        if (!path.isPublished()) {
            throw new RuleViolationException("A draft cannot be assigned: publish it first.");
        }
        if (path.content().visibility() != PathVisibility.EVERYONE && !community.owns(path.content())) {
            throw new RuleViolationException("This path is visible only to the members of another community: assign"
                    + " a path visible to everyone, or one of this community's own.");
        }
        assignments.running(pathId, community).ifPresent(running -> {
            throw new ConflictException("This path is already assigned to this community (assignment " + running.id()
                    + "): end it before assigning it again.");
        });
        PathAssignment assignment = PathAssignment.start(pathId, community, coordinator.id(), clock.instant());
        assignments.add(assignment);
        assignments.activeMembers(community).stream()
                .filter(member -> !member.equals(coordinator.id()))
                .forEach(member -> notifications.add(Notification.aboutLearning(
                        member,
                        NotificationKind.PATH_ASSIGNED,
                        Optional.empty(),
                        pathId,
                        Optional.of(assignment.id()),
                        Optional.empty(),
                        assignment.createdAt())));
        return assignment;
    }

    public PathAssignment assignment(Subject subject, UUID id) {
        PathAssignment assignment = find(id);
        if (!isMember(Access.person(subject).id(), assignment.community())) {
            throw new ObjectNotFoundException(KIND, id);
        }
        return assignment;
    }

    public PathAssignment end(Subject subject, UUID id, ExpectedVersion expected) {
        PathAssignment assignment = coordinated(Access.person(subject), id);
        expected.check(assignment.version(), KIND);
        return assignments.update(assignment.end(clock.instant())).orElseThrow(() -> new StaleVersionException(KIND));
    }

    public ProgrammeProgress progress(Subject subject, UUID id) {
        PathAssignment assignment = coordinated(Access.person(subject), id);
        LearningPath path = paths.find(assignment.pathId()).orElseThrow();
        return ProgrammeProgress.of(
                assignment,
                path,
                assignments.activeMembers(assignment.community()).size(),
                assignments.latestEnrollments(assignment.pathId(), assignment.community()));
    }

    public Page<PathAssignment> mine(Subject subject, PageRequest page) {
        return assignments.runningFor(Access.person(subject).id(), page);
    }

    /** The assignments the person made, for their export. */
    public List<PathAssignment> madeBy(Subject subject) {
        return assignments.createdBy(Access.person(subject).id());
    }

    private PathAssignment find(UUID id) {
        return assignments.find(id).orElseThrow(() -> new ObjectNotFoundException(KIND, id));
    }

    private PathAssignment coordinated(PersonSubject person, UUID id) {
        PathAssignment assignment = find(id);
        if (!isMember(person.id(), assignment.community())) {
            throw new ObjectNotFoundException(KIND, id);
        }
        requireCoordinator(person, assignment.community());
        return assignment;
    }

    /** 404 for a stranger to the community, 403 for a member who does not coordinate it. */
    private void requireCoordinator(PersonSubject person, Community community) {
        if (!isMember(person.id(), community)) {
            throw community
                    .coalitionId()
                    .map(id -> new ObjectNotFoundException("coalition", id))
                    .orElseGet(() -> new ObjectNotFoundException(
                            "organization", community.organizationId().orElseThrow()));
        }
        boolean coordinates = community
                        .coalitionId()
                        .flatMap(c -> coalitionMemberships.find(c, person.id()))
                        .filter(CoalitionMembership::isCoordinator)
                        .isPresent()
                || community
                        .organizationId()
                        .flatMap(o -> organizationMemberships.findFor(o, person.id()))
                        .filter(m -> m.isActiveIn(OrganizationRole.COORDINATOR))
                        .isPresent();
        if (!coordinates) {
            throw new AccessDeniedException("Only the community's coordinators run its programmes.");
        }
    }

    private boolean isMember(UUID person, Community community) {
        return community
                        .coalitionId()
                        .flatMap(c -> coalitionMemberships.find(c, person))
                        .filter(CoalitionMembership::isActive)
                        .isPresent()
                || community
                        .organizationId()
                        .flatMap(o -> organizationMemberships.findFor(o, person))
                        .filter(OrganizationMembership::active)
                        .isPresent();
    }
}
