package eu.loopmentoring.domain.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Small helpers for the enum sets the model is full of. */
public final class Enums {

    private Enums() {}

    /** An unmodifiable copy in declaration order, so that output order is stable. */
    public static <E extends Enum<E>> Set<E> orderedSet(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }
}
