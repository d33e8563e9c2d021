package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.shared.PersonSubject;
import java.util.Optional;
import java.util.UUID;

/**
 * Who authors and who reads learning paths. People who train others edit a path: its author, the
 * coordinators of the owning coalition, the coordinators and teacher trainers of the owning
 * organisation, and moderators and administrators (curators), who alone author platform paths. A
 * published version is read by everyone when it says so, else by the owning community's active
 * members; a draft only by those who edit it. A {@code PERSONAL} path is its learner's alone: read
 * by them, edited by nobody. For anyone else a path does not exist.
 */
public class PathAccess {

    private final CoalitionMemberships coalitionMemberships;
    private final OrganizationMemberships organizationMemberships;

    public PathAccess(CoalitionMemberships coalitionMemberships, OrganizationMemberships organizationMemberships) {
        this.coalitionMemberships = coalitionMemberships;
        this.organizationMemberships = organizationMemberships;
    }

    public static boolean curates(PersonSubject person) {
        return person.isModerator() || person.isAdministrator();
    }

    /** Whether the person trains others in the community that owns {@code content} (or curates). */
    public boolean trainsFor(PersonSubject person, PathContent content) {
        if (curates(person)) {
            return true;
        }
        return coalition(person.id(), content)
                        .filter(CoalitionMembership::isCoordinator)
                        .isPresent()
                || organization(person.id(), content)
                        .filter(m -> m.isActiveIn(OrganizationRole.COORDINATOR)
                                || m.isActiveIn(OrganizationRole.TEACHER_TRAINER))
                        .isPresent();
    }

    public boolean edits(PersonSubject person, LearningPath path) {
        if (path.isPersonal()) {
            return false;
        }
        return path.isBy(person.id()) || trainsFor(person, path.content());
    }

    public boolean reads(PersonSubject person, LearningPath path) {
        if (path.isPersonal()) {
            return path.isPublished() && path.isBy(person.id());
        }
        if (edits(person, path)) {
            return true;
        }
        if (!path.isPublished()) {
            return false;
        }
        return path.content().visibility() == PathVisibility.EVERYONE || isMember(person.id(), path.content());
    }

    private boolean isMember(UUID person, PathContent content) {
        return coalition(person, content).filter(CoalitionMembership::isActive).isPresent()
                || organization(person, content)
                        .filter(OrganizationMembership::active)
                        .isPresent();
    }

    private Optional<CoalitionMembership> coalition(UUID person, PathContent content) {
        return content.coalitionId().flatMap(c -> coalitionMemberships.find(c, person));
    }

    private Optional<OrganizationMembership> organization(UUID person, PathContent content) {
        return content.organizationId().flatMap(o -> organizationMemberships.findFor(o, person));
    }
}
