package eu.loopmentoring.domain.coalition;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A partial change of a coalition: only what is present changes. */
public record CoalitionChanges(
        Optional<String> name,
        Optional<String> description,
        Optional<Set<String>> countries,
        Optional<Admission> admission) {

    public static final CoalitionChanges NONE =
            new CoalitionChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public CoalitionChanges {
        name = Objects.requireNonNull(name, "name").map(Coalition::checkedName);
        description = Objects.requireNonNull(description, "description").map(Coalition::checkedDescription);
        countries = Objects.requireNonNull(countries, "countries").map(Coalition::checkedCountries);
        Objects.requireNonNull(admission, "admission");
    }
}
