package eu.loopmentoring.domain.partner;

import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A partner institution's machine identity: bound to one organisation, granted scopes, and
 * authenticated with a secret (two during a rotation).
 */
public record ApiClient(
        UUID id,
        String name,
        UUID organizationId,
        Set<Scope> scopes,
        boolean enabled,
        List<ApiClientSecret> secrets,
        UUID createdBy,
        Instant createdAt,
        long version) {

    public ApiClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organizationId, "organizationId");
        scopes = Enums.orderedSet(Scope.class, scopes);
        secrets = List.copyOf(secrets);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The subject acting with a token that was granted {@code granted}: only what is still allowed. */
    public ClientSubject asSubject(Set<Scope> granted) {
        return new ClientSubject(
                id,
                organizationId,
                scopes.stream().filter(granted::contains).collect(java.util.stream.Collectors.toSet()));
    }

    public ApiClient with(String newName, Set<Scope> newScopes, boolean nowEnabled) {
        return new ApiClient(
                id, newName, organizationId, newScopes, nowEnabled, secrets, createdBy, createdAt, version);
    }

    public ApiClient withSecrets(List<ApiClientSecret> newSecrets) {
        return new ApiClient(id, name, organizationId, scopes, enabled, newSecrets, createdBy, createdAt, version);
    }
}
