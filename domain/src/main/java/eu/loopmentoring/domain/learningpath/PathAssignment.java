package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A published path version that a coordinator gave their coalition or organisation as a
 * programme, running until a coordinator ends it.
 *
 * @param createdBy empty once the coordinator's account is erased: the programme stays
 */
public record PathAssignment(
        UUID id,
        UUID pathId,
        Optional<UUID> coalitionId,
        Optional<UUID> organizationId,
        Optional<UUID> createdBy,
        Instant createdAt,
        Optional<Instant> endedAt,
        long version) {

    public PathAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pathId, "pathId");
        coalitionId = Objects.requireNonNullElse(coalitionId, Optional.empty());
        organizationId = Objects.requireNonNullElse(organizationId, Optional.empty());
        createdBy = Objects.requireNonNullElse(createdBy, Optional.empty());
        endedAt = Objects.requireNonNullElse(endedAt, Optional.empty());
        if (coalitionId.isPresent() == organizationId.isPresent()) {
            throw new IllegalArgumentException("an assignment belongs to one coalition or one organisation");
        }
    }

    public static PathAssignment start(UUID pathId, Community community, UUID coordinator, Instant now) {
        return new PathAssignment(
                UUID.randomUUID(),
                pathId,
                community.coalitionId(),
                community.organizationId(),
                Optional.of(coordinator),
                now,
                Optional.empty(),
                0);
    }

    public Community community() {
        return new Community(coalitionId, organizationId);
    }

    public boolean isRunning() {
        return endedAt.isEmpty();
    }

    public PathAssignment end(Instant now) {
        if (!isRunning()) {
            throw new RuleViolationException("This programme already ended.");
        }
        return new PathAssignment(
                id, pathId, coalitionId, organizationId, createdBy, createdAt, Optional.of(now), version);
    }

    /** The coalition or the organisation a programme belongs to: exactly one of them. */
    public record Community(Optional<UUID> coalitionId, Optional<UUID> organizationId) {

        public Community {
            coalitionId = Objects.requireNonNullElse(coalitionId, Optional.empty());
            organizationId = Objects.requireNonNullElse(organizationId, Optional.empty());
        }

        public static Community coalition(UUID id) {
            return new Community(Optional.of(id), Optional.empty());
        }

        public static Community organization(UUID id) {
            return new Community(Optional.empty(), Optional.of(id));
        }

        /** Whether {@code content} is owned by this community. */
        public boolean owns(PathContent content) {
            return coalitionId.isPresent() && coalitionId.equals(content.coalitionId())
                    || organizationId.isPresent() && organizationId.equals(content.organizationId());
        }
    }
}
