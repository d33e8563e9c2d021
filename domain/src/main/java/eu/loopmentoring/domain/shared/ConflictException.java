package eu.loopmentoring.domain.shared;

/** The request collides with what exists, such as a second account for one email. */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
