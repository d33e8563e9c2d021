package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message to one person about a step in their mentoring: what happened and the objects it
 * concerns (ids only, so that it names nobody; the objects themselves say who, to those who may see
 * them).
 */
public record Notification(
        UUID id,
        UUID recipientId,
        NotificationKind kind,
        Optional<UUID> offerId,
        Optional<UUID> requestId,
        Optional<UUID> proposalId,
        Optional<UUID> relationshipId,
        Optional<UUID> reportId,
        Optional<UUID> enrollmentId,
        Optional<UUID> pathId,
        Optional<UUID> assignmentId,
        Optional<String> stepKey,
        Instant createdAt,
        Optional<Instant> readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reportId, "reportId");
        enrollmentId = Objects.requireNonNullElse(enrollmentId, Optional.empty());
        pathId = Objects.requireNonNullElse(pathId, Optional.empty());
        assignmentId = Objects.requireNonNullElse(assignmentId, Optional.empty());
        stepKey = Objects.requireNonNullElse(stepKey, Optional.empty());
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A moderator is told of a new report. */
    public static Notification aboutReport(UUID reportId, UUID moderator, Instant now) {
        return new Notification(
                UUID.randomUUID(),
                moderator,
                NotificationKind.REPORT_RECEIVED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(reportId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty());
    }

    public static Notification about(MentoringProposal proposal, UUID recipient, NotificationKind kind, Instant now) {
        return new Notification(
                UUID.randomUUID(),
                recipient,
                kind,
                Optional.of(proposal.offerId()),
                Optional.of(proposal.requestId()),
                Optional.of(proposal.id()),
                proposal.relationshipId(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty());
    }

    public static Notification about(
            MentoringRelationship relationship, UUID recipient, NotificationKind kind, Instant now) {
        return new Notification(
                UUID.randomUUID(),
                recipient,
                kind,
                relationship.offerId(),
                relationship.requestId(),
                Optional.empty(),
                Optional.of(relationship.id()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty());
    }

    /**
     * A learner or member is told about their learning: an enrollment ({@code STEP_UNLOCKED} with the
     * step, {@code PATH_COMPLETED}) or a path assigned to their community ({@code PATH_ASSIGNED}).
     */
    public static Notification aboutLearning(
            UUID recipient,
            NotificationKind kind,
            Optional<UUID> enrollmentId,
            UUID pathId,
            Optional<UUID> assignmentId,
            Optional<String> stepKey,
            Instant now) {
        return new Notification(
                UUID.randomUUID(),
                recipient,
                kind,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                enrollmentId,
                Optional.of(pathId),
                assignmentId,
                stepKey,
                now,
                Optional.empty());
    }

    public boolean isRead() {
        return readAt.isPresent();
    }

    public Notification read(Instant now) {
        return isRead()
                ? this
                : new Notification(
                        id,
                        recipientId,
                        kind,
                        offerId,
                        requestId,
                        proposalId,
                        relationshipId,
                        reportId,
                        enrollmentId,
                        pathId,
                        assignmentId,
                        stepKey,
                        createdAt,
                        Optional.of(now));
    }
}
