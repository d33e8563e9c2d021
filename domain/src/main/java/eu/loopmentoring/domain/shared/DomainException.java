package eu.loopmentoring.domain.shared;

/**
 * A business outcome that stops a use case. Subclasses say what happened, never how a
 * transport should answer it: the api module maps them.
 */
public abstract sealed class DomainException extends RuntimeException
        permits AccessDeniedException,
                ConflictException,
                InvalidInputException,
                ObjectNotFoundException,
                RuleViolationException,
                StaleVersionException,
                ThrottledException,
                VersionRequiredException {

    protected DomainException(String message) {
        super(message);
    }
}
