package eu.loopmentoring.domain.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update: each present value replaces the current one. For the optional texts an empty
 * string clears the value.
 */
public record OrganizationChanges(
        Optional<String> name,
        Optional<OrganizationKind> kind,
        Optional<String> country,
        Optional<String> region,
        Optional<List<String>> languages,
        Optional<Set<IscedLevel>> schoolLevels,
        Optional<String> website,
        Optional<String> description) {

    public OrganizationDetails applyTo(OrganizationDetails current) {
        return new OrganizationDetails(
                name.orElse(current.name()),
                kind.orElse(current.kind()),
                country.orElse(current.country()),
                region.isPresent() ? region : current.region(),
                languages.orElse(current.languages()),
                schoolLevels.orElse(current.schoolLevels()),
                website.isPresent() ? website : current.website(),
                description.isPresent() ? description : current.description());
    }
}
