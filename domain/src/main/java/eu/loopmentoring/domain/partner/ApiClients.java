package eu.loopmentoring.domain.partner;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The API clients of partner institutions, ordered by name then id. */
public interface ApiClients {

    Optional<ApiClient> find(UUID id);

    void add(ApiClient client);

    /** Stores the client (and its secrets) if still at its version; the stored one, or empty. */
    Optional<ApiClient> update(ApiClient client);

    Page<ApiClient> list(Optional<UUID> organizationId, PageRequest page);
}
