package eu.loopmentoring.domain.shared;

/**
 * The checks every use case starts from. Relations to objects (owner, organisation role,
 * membership, participant) are checked by the use case against the object itself.
 */
public final class Access {

    private Access() {}

    /** The operation is for people; an API client gets a refusal it can understand. */
    public static PersonSubject person(Subject subject) {
        if (subject instanceof PersonSubject person) {
            return person;
        }
        throw new AccessDeniedException("This operation is for people; API clients cannot use it.");
    }

    public static PersonSubject administrator(Subject subject) {
        PersonSubject person = person(subject);
        if (!person.isAdministrator()) {
            throw new AccessDeniedException("Only administrators may do this.");
        }
        return person;
    }

    /** An API client needs the scope; a person passes (what they may see is decided per object). */
    public static void scope(Subject subject, Scope scope) {
        if (subject instanceof ClientSubject client && !client.has(scope)) {
            throw new AccessDeniedException("The token lacks the scope " + scope.value() + ".");
        }
    }
}
