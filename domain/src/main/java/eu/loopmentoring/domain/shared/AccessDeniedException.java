package eu.loopmentoring.domain.shared;

/**
 * The subject may see the object but not do this to it (a missing role or scope). Objects the
 * subject may not even see are {@link ObjectNotFoundException}s instead.
 */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
