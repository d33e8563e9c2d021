package eu.loopmentoring.domain.resource;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * That a person opened or completed a resource, and when first. Shown only to that person (in
 * their export); analytics and recommendations read it in aggregate or for the person themself.
 */
public record ResourceUse(UUID personId, UUID resourceId, UseKind kind, Instant at) {

    public ResourceUse {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
