package eu.loopmentoring.domain.shared;

import java.util.OptionalLong;

/**
 * The version of an object that a change is based on: the one the caller last read. A use case
 * checks it only after it has found the object and decided that the caller may change it, so that
 * a caller who may not see the object learns nothing more than that it is not there. A first write
 * (an object that does not exist yet) has nothing to check against and ignores it.
 *
 * @param named whether the caller named a version at all
 * @param version the version named, empty when what was named cannot be any version
 */
public record ExpectedVersion(boolean named, OptionalLong version) {

    private static final ExpectedVersion NONE = new ExpectedVersion(false, OptionalLong.empty());
    private static final ExpectedVersion NO_VERSION = new ExpectedVersion(true, OptionalLong.empty());

    public ExpectedVersion {
        if (!named && version.isPresent()) {
            throw new IllegalArgumentException("A version that was not named");
        }
    }

    /** The caller named no version: changing an existing object is refused. */
    public static ExpectedVersion none() {
        return NONE;
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(true, OptionalLong.of(version));
    }

    /** The caller named something that is no version of any object: it is always out of date. */
    public static ExpectedVersion noVersion() {
        return NO_VERSION;
    }

    /**
     * Passes when {@code current} is the version the caller read.
     *
     * @param kind what the object is, for the message ("coalition", "membership")
     * @throws VersionRequiredException when no version was named
     * @throws StaleVersionException when the object has changed since
     */
    public void check(long current, String kind) {
        if (!named) {
            throw new VersionRequiredException(kind);
        }
        if (version.isEmpty() || version.getAsLong() != current) {
            throw new StaleVersionException(kind);
        }
    }
}
