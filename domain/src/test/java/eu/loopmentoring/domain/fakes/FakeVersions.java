package eu.loopmentoring.domain.fakes;

import java.util.function.LongFunction;

/** Versions as the adapters keep them (Hibernate's dirty checking and {@code @Version}). */
public final class FakeVersions {

    private FakeVersions() {}

    /**
     * What storing a change makes of {@code before}: the change with the next version, or
     * {@code before} itself when the change changes nothing.
     *
     * @param withVersion the change with a given version
     */
    public static <T> T stored(T before, long version, LongFunction<T> withVersion) {
        T same = withVersion.apply(version);
        return same.equals(before) ? before : withVersion.apply(version + 1);
    }
}
