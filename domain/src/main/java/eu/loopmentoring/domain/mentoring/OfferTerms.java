package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a mentor offers: how many mentees at once, their expertise, the languages they mentor in
 * (the first is their main one), formats, modes (in person within {@code region}) and when they
 * are usually free.
 */
public record OfferTerms(
        int capacity,
        Expertise expertise,
        List<String> languages,
        Set<MentoringFormat> formats,
        Set<MentoringMode> modes,
        Optional<String> region,
        Optional<Availability> availability) {

    public static final int MAX_CAPACITY = 20;

    public OfferTerms {
        Objects.requireNonNull(expertise, "expertise");
        languages = List.copyOf(new LinkedHashSet<>(languages));
        formats = Enums.orderedSet(MentoringFormat.class, formats);
        modes = Enums.orderedSet(MentoringMode.class, modes);
        region = region.map(String::strip).filter(r -> !r.isEmpty());
        Objects.requireNonNull(availability, "availability");
    }

    /** The terms, if they hold together; otherwise every problem at once, field by field. */
    public OfferTerms checked() {
        List<FieldError> errors = new ArrayList<>();
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", "must be between 1 and " + MAX_CAPACITY + " mentees at once"));
        }
        if (languages.isEmpty()) {
            errors.add(new FieldError("languages", "must name at least one language you mentor in"));
        }
        if (formats.isEmpty()) {
            errors.add(new FieldError("formats", "must name at least one of ONE_TO_ONE, GROUP, PEER"));
        }
        if (modes.isEmpty()) {
            errors.add(new FieldError("modes", "must name at least one of ONLINE, IN_PERSON"));
        }
        if (modes.contains(MentoringMode.IN_PERSON) && region.isEmpty()) {
            errors.add(
                    new FieldError("region", "is required with IN_PERSON: say where you can meet (a city or region)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
