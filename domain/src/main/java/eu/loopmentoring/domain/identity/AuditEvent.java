package eu.loopmentoring.domain.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One security event: who did it (actor), whom or what it concerns (subject), from where. The
 * detail never holds a password, a token or a secret.
 */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        AuditEventType type,
        Optional<UUID> actorId,
        Optional<UUID> subjectId,
        Optional<String> ipAddress,
        String detail) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(ipAddress, "ipAddress");
        detail = detail == null ? "" : detail;
    }

    public static AuditEvent of(
            Instant at, AuditEventType type, UUID actor, UUID subject, String address, String detail) {
        return new AuditEvent(
                UUID.randomUUID(),
                at,
                type,
                Optional.ofNullable(actor),
                Optional.ofNullable(subject),
                Optional.ofNullable(address),
                detail);
    }
}
