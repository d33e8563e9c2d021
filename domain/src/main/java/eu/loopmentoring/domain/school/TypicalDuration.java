package eu.loopmentoring.domain.school;

import java.util.Objects;

/** How long a school or teacher usually works with a method, in weeks, with a human description. */
public record TypicalDuration(int minimumWeeks, int maximumWeeks, String description) {

    public TypicalDuration {
        if (minimumWeeks < 0 || maximumWeeks < minimumWeeks) {
            throw new IllegalArgumentException(
                    "a duration runs from 0 or more weeks to at least as many: " + minimumWeeks + ".." + maximumWeeks);
        }
        Objects.requireNonNull(description, "description");
    }
}
