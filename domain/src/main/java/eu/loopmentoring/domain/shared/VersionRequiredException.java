package eu.loopmentoring.domain.shared;

/** The caller changed a shared object without saying which version of it they read. */
public final class VersionRequiredException extends DomainException {

    public VersionRequiredException(String kind) {
        super("Changing the " + kind + " needs the version you last read, so that you do not overwrite someone"
                + " else's change.");
    }
}
