package eu.loopmentoring.domain.organization;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Every registered organisation, ordered by name then id. */
public interface Organizations {

    Optional<Organization> find(UUID id);

    void add(Organization organization);

    /** Stores the change if the organisation is still at its version; the stored one, or empty. */
    Optional<Organization> update(Organization organization);

    Page<Organization> list(OrganizationFilter filter, PageRequest page);
}
