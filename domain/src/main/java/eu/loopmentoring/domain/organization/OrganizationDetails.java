package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.shared.Enums;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What describes an organisation and its coordinators may change. */
public record OrganizationDetails(
        String name,
        OrganizationKind kind,
        String country,
        Optional<String> region,
        List<String> languages,
        Set<IscedLevel> schoolLevels,
        Optional<String> website,
        Optional<String> description) {

    public OrganizationDetails {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        region = blankToEmpty(region);
        languages = List.copyOf(new java.util.LinkedHashSet<>(languages));
        schoolLevels = Enums.orderedSet(IscedLevel.class, schoolLevels);
        website = blankToEmpty(website);
        description = blankToEmpty(description);
    }

    private static Optional<String> blankToEmpty(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
