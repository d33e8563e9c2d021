package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A LOOP Coalition: a community people register in. {@code memberCount} counts its active
 * members; {@code createdBy} is empty once the founder's account has been erased.
 */
public record Coalition(
        UUID id,
        String name,
        String description,
        Set<String> countries,
        Admission admission,
        Optional<UUID> createdBy,
        Instant createdAt,
        int memberCount,
        long version) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_COUNTRIES = 60;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Coalition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new coalition; its founder is its first member, as its coordinator. */
    public static Coalition found(CoalitionDraft draft, UUID founder, Instant now) {
        return new Coalition(
                UUID.randomUUID(),
                draft.name(),
                draft.description(),
                draft.countries(),
                draft.admission(),
                Optional.of(founder),
                now,
                1,
                0);
    }

    public Coalition change(CoalitionChanges changes) {
        return new Coalition(
                id,
                changes.name().orElse(name),
                changes.description().orElse(description),
                changes.countries().orElse(countries),
                changes.admission().orElse(admission),
                createdBy,
                createdAt,
                memberCount,
                version);
    }

    static String checkedName(String name) {
        String stripped = Objects.requireNonNull(name, "name").strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw InvalidInputException.of(
                    "name", "must have 1 to " + MAX_NAME_LENGTH + " characters, not only spaces");
        }
        return stripped;
    }

    static String checkedDescription(String description) {
        if (Objects.requireNonNull(description, "description").length() > MAX_DESCRIPTION_LENGTH) {
            throw InvalidInputException.of(
                    "description", "must have at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description;
    }

    static Set<String> checkedCountries(Collection<String> countries) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String country : Objects.requireNonNull(countries, "countries")) {
            if (country == null || !COUNTRY.matcher(country).matches()) {
                throw InvalidInputException.of("countries", "must be ISO 3166-1 alpha-2 codes such as PT");
            }
            sorted.add(country);
        }
        if (sorted.size() > MAX_COUNTRIES) {
            throw InvalidInputException.of("countries", "must name at most " + MAX_COUNTRIES + " countries");
        }
        return Collections.unmodifiableSortedSet(sorted);
    }
}
