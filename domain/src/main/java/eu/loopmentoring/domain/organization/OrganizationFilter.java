package eu.loopmentoring.domain.organization;

import java.util.Optional;
import java.util.UUID;

/** Narrows the directory; {@code only} restricts it to one organisation (an API client's own). */
public record OrganizationFilter(
        Optional<String> namePrefix, Optional<String> country, Optional<OrganizationKind> kind, Optional<UUID> only) {

    public OrganizationFilter restrictedTo(UUID organizationId) {
        return new OrganizationFilter(namePrefix, country, kind, Optional.of(organizationId));
    }
}
