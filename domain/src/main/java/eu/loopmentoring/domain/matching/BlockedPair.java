package eu.loopmentoring.domain.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * Two people who are never paired: one blocked the other, or they already work together as mentor
 * and mentee; the order does not matter.
 */
public record BlockedPair(UUID first, UUID second) {

    public BlockedPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.toString().compareTo(second.toString()) > 0) {
            UUID swap = first;
            first = second;
            second = swap;
        }
    }

    public static BlockedPair of(UUID one, UUID other) {
        return new BlockedPair(one, other);
    }
}
