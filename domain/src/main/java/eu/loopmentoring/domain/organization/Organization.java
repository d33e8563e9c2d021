package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.shared.Enums;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A school, training centre, university, local authority or other organisation. {@code createdBy}
 * is empty once the founder's account has been erased: the organisation stays with its members.
 */
public record Organization(
        UUID id,
        String name,
        OrganizationKind kind,
        String country,
        Optional<String> region,
        List<String> languages,
        Set<IscedLevel> schoolLevels,
        Optional<String> website,
        Optional<String> description,
        Optional<Instant> verifiedAt,
        Optional<UUID> createdBy,
        Instant createdAt,
        long version) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        languages = List.copyOf(new java.util.LinkedHashSet<>(languages));
        schoolLevels = Enums.orderedSet(IscedLevel.class, schoolLevels);
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean verified() {
        return verifiedAt.isPresent();
    }

    public Organization with(OrganizationDetails details) {
        return new Organization(
                id,
                details.name(),
                details.kind(),
                details.country(),
                details.region(),
                details.languages(),
                details.schoolLevels(),
                details.website(),
                details.description(),
                verifiedAt,
                createdBy,
                createdAt,
                version);
    }

    public Organization verifiedAt(Optional<Instant> when) {
        return new Organization(
                id,
                name,
                kind,
                country,
                region,
                languages,
                schoolLevels,
                website,
                description,
                when,
                createdBy,
                createdAt,
                version);
    }

    public OrganizationDetails details() {
        return new OrganizationDetails(name, kind, country, region, languages, schoolLevels, website, description);
    }
}
