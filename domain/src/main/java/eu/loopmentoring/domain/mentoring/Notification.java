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
        Instant createdAt,
        Optional<Instant> readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reportId, "reportId");
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
                        createdAt,
                        Optional.of(now));
    }
}
