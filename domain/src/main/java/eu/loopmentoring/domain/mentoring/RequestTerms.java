package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a mentee asks for: needs (training-need slugs, taken from their profile unless they say
 * otherwise), goals in their own words, and preferred languages, format, mode and region.
 */
public record RequestTerms(
        Set<String> needs,
        String goals,
        List<String> languages,
        Optional<MentoringFormat> format,
        Optional<MentoringMode> mode,
        Optional<String> region) {

    public RequestTerms {
        needs = Collections.unmodifiableSortedSet(new TreeSet<>(needs));
        Objects.requireNonNull(goals, "goals");
        languages = List.copyOf(new LinkedHashSet<>(languages));
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mode, "mode");
        region = region.map(String::strip).filter(r -> !r.isEmpty());
    }

    public RequestTerms checked() {
        if (goals.isBlank()) {
            throw InvalidInputException.of("goals", "must say in your own words what you want to achieve");
        }
        if (mode.filter(m -> m == MentoringMode.IN_PERSON).isPresent() && region.isEmpty()) {
            throw InvalidInputException.of("region", "is required with mode IN_PERSON: say where you can meet");
        }
        return this;
    }
}
