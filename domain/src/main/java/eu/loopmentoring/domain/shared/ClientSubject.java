package eu.loopmentoring.domain.shared;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A partner institution's API client: it acts only within its scopes and its organisation. */
public record ClientSubject(UUID id, UUID organizationId, Set<Scope> scopes) implements Subject {

    public ClientSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        scopes = Enums.orderedSet(Scope.class, scopes);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
