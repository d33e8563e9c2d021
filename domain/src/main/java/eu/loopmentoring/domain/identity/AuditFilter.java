package eu.loopmentoring.domain.identity;

import java.util.Optional;
import java.util.UUID;

public record AuditFilter(Optional<AuditEventType> type, Optional<UUID> subjectId) {}
