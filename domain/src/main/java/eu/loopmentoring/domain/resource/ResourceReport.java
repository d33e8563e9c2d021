package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A report about a published resource; open until a moderator resolves it. */
public record ResourceReport(
        UUID id,
        UUID resourceId,
        UUID reporterId,
        ReportCategory category,
        String text,
        Instant createdAt,
        Optional<Resolution> resolution) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NOTE = 2000;

    /** {@code resolvedBy} is empty once the moderator's account is erased. */
    public record Resolution(ReportOutcome outcome, String note, Optional<UUID> resolvedBy, Instant resolvedAt) {

        public Resolution {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(resolvedBy, "resolvedBy");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
        }
    }

    public ResourceReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resolution, "resolution");
        if (category == null) {
            throw InvalidInputException.of("category", "is required");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "must say what is wrong, in 1 to " + MAX_TEXT + " characters");
        }
    }

    public static ResourceReport file(
            UUID resourceId, UUID reporter, ReportCategory category, String text, Instant now) {
        return new ResourceReport(UUID.randomUUID(), resourceId, reporter, category, text, now, Optional.empty());
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }

    public ResourceReport resolve(ReportOutcome outcome, String note, UUID moderator, Instant now) {
        if (!isOpen()) {
            throw new RuleViolationException("This report is already resolved.");
        }
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "is required");
        }
        if (note == null || note.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "must have at most " + MAX_NOTE + " characters");
        }
        return new ResourceReport(
                id,
                resourceId,
                reporterId,
                category,
                text,
                createdAt,
                Optional.of(new Resolution(outcome, note, Optional.of(moderator), now)));
    }
}
