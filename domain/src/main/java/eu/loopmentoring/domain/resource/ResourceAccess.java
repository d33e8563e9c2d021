package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import java.util.UUID;

/**
 * Who sees and moderates resources. A published resource is visible to every person and to API
 * clients with {@code resources:read}; any other is visible only to its author and to moderators
 * (platform role MODERATOR or ADMINISTRATOR), and does not exist for anyone else.
 */
final class ResourceAccess {

    private ResourceAccess() {}

    static boolean isModerator(PersonSubject person) {
        return person.isModerator() || person.isAdministrator();
    }

    static PersonSubject moderator(Subject subject) {
        PersonSubject person = Access.person(subject);
        if (!isModerator(person)) {
            throw new AccessDeniedException("Only moderators may do this (platform role MODERATOR or ADMINISTRATOR).");
        }
        return person;
    }

    static boolean sees(Subject subject, LearningResource resource) {
        return switch (subject) {
            case ClientSubject client -> client.has(Scope.RESOURCES_READ) && resource.isPublished();
            case PersonSubject person -> resource.isPublished() || resource.isBy(person.id()) || isModerator(person);
        };
    }

    /** The author and moderators: they see the history and every status. */
    static boolean curates(PersonSubject person, LearningResource resource) {
        return resource.isBy(person.id()) || isModerator(person);
    }

    static LearningResource visible(Subject subject, LearningResource resource) {
        if (!sees(subject, resource)) {
            throw notFound(resource.id());
        }
        return resource;
    }

    /** Reviews, uses and reports are about published resources only. */
    static void requirePublished(LearningResource resource, String what) {
        if (!resource.isPublished()) {
            throw new RuleViolationException(
                    what + " only published resources; this one is " + resource.status() + ".");
        }
    }

    static ObjectNotFoundException notFound(UUID id) {
        return new ObjectNotFoundException("resource", id);
    }
}
