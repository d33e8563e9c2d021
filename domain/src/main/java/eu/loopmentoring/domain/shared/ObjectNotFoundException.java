package eu.loopmentoring.domain.shared;

/**
 * The object does not exist, or the subject may not know that it exists: both read the same, so
 * that a stranger cannot probe for other people's objects.
 */
public final class ObjectNotFoundException extends DomainException {

    private final String kind;

    public ObjectNotFoundException(String kind, Object id) {
        super("There is no " + kind + " with id " + id + ".");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
