package eu.loopmentoring.domain.shared;

/** The caller changed an object on the basis of a version that is no longer current. */
public final class StaleVersionException extends DomainException {

    public StaleVersionException(String kind) {
        super("The " + kind + " has changed since it was read. Read it again, then retry.");
    }
}
