package eu.loopmentoring.domain.matching;

import java.math.BigDecimal;

/**
 * Scores are whole milli-points ({@code long}), so that sums are exact and the same on every
 * machine; they are shown as points with three decimals.
 */
final class Points {

    static final int SCALE = 3;
    static final long MILLI = 1000;

    private Points() {}

    /** {@code weightMilli × num / den}, rounded half up; 0 when there is nothing to share. */
    static long share(long weightMilli, long num, long den) {
        if (num <= 0 || den <= 0 || weightMilli <= 0) {
            return 0;
        }
        return (2 * weightMilli * Math.min(num, den) + den) / (2 * den);
    }

    static BigDecimal of(long milliPoints) {
        return BigDecimal.valueOf(milliPoints, SCALE);
    }
}
