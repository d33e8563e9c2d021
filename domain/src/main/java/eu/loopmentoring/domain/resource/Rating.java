package eu.loopmentoring.domain.resource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The reviews' aggregate: how many there are and the sum of their ratings (1 to 5 each). */
public record Rating(long count, long sum) {

    public static final Rating NONE = new Rating(0, 0);

    public Rating {
        if (count < 0 || sum < count || sum > 5 * count) {
            throw new IllegalArgumentException("not the aggregate of ratings 1 to 5: count " + count + ", sum " + sum);
        }
    }

    /** The average rating, to two decimals; empty before the first review. */
    public Optional<BigDecimal> average() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
    }
}
