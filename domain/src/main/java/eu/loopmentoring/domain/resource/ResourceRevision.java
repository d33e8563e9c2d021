package eu.loopmentoring.domain.resource;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a resource's history: who did what when, which fields changed, the status and the
 * whole metadata afterwards. {@code version} is the resource's version it produced (its ETag).
 * {@code changedBy} is empty once that person's account is erased.
 */
public record ResourceRevision(
        UUID resourceId,
        long version,
        RevisionKind kind,
        Optional<UUID> changedBy,
        Instant changedAt,
        ResourceStatus status,
        List<String> changedFields,
        Optional<String> note,
        ResourceMetadata snapshot) {

    public ResourceRevision {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(status, "status");
        changedFields = List.copyOf(changedFields);
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(snapshot, "snapshot");
    }

    /** The revision that {@code resource}, just stored, is the result of. */
    public static ResourceRevision of(
            LearningResource resource, RevisionKind kind, UUID by, List<String> changedFields, Optional<String> note) {
        return new ResourceRevision(
                resource.id(),
                resource.version(),
                kind,
                Optional.of(by),
                resource.updatedAt(),
                resource.status(),
                changedFields,
                note,
                resource.metadata());
    }
}
