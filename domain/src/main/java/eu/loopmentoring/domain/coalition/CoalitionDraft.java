package eu.loopmentoring.domain.coalition;

import java.util.Objects;
import java.util.Set;

/** What a person gives to found a coalition; checked and normalised on construction. */
public record CoalitionDraft(String name, String description, Set<String> countries, Admission admission) {

    public CoalitionDraft {
        name = Coalition.checkedName(name);
        description = Coalition.checkedDescription(description == null ? "" : description);
        countries = Coalition.checkedCountries(countries == null ? Set.of() : countries);
        Objects.requireNonNull(admission, "admission");
    }
}
