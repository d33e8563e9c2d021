package eu.loopmentoring.domain.coalition;

import java.util.Objects;
import java.util.Optional;

/** Narrows the coalitions to one country and/or to names that start with a text (any case). */
public record CoalitionFilter(Optional<String> country, Optional<String> namePrefix) {

    public static final CoalitionFilter ALL = new CoalitionFilter(Optional.empty(), Optional.empty());

    public CoalitionFilter {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(namePrefix, "namePrefix");
    }
}
