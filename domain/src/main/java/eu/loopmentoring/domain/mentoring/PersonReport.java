package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A report about a person, for moderators. OPEN until a moderator resolves it with an outcome and a
 * note. The reporter is empty once the reporter erased their account (the report itself stays).
 */
public record PersonReport(
        UUID id,
        Optional<UUID> reporterId,
        UUID reportedId,
        ReportCategory category,
        String text,
        Optional<UUID> relationshipId,
        Instant createdAt,
        Optional<Resolution> resolution,
        long version) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 2000;

    /** A moderator's decision; the moderator is empty once they erased their account. */
    public record Resolution(Optional<UUID> moderatorId, ReportOutcome outcome, String note, Instant resolvedAt) {
        public Resolution {
            Objects.requireNonNull(moderatorId, "moderatorId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            note = checkedText(note, MAX_NOTE, "note");
        }
    }

    public PersonReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(reportedId, "reportedId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resolution, "resolution");
        text = checkedText(text, MAX_TEXT, "text");
    }

    public static PersonReport file(
            UUID reporter,
            UUID reported,
            ReportCategory category,
            String text,
            Optional<UUID> relationshipId,
            Instant now) {
        if (reporter.equals(reported)) {
            throw new RuleViolationException("You cannot report yourself.");
        }
        return new PersonReport(
                UUID.randomUUID(),
                Optional.of(reporter),
                reported,
                category,
                text,
                relationshipId,
                now,
                Optional.empty(),
                0);
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }

    public PersonReport resolve(UUID moderator, ReportOutcome outcome, String note, Instant now) {
        if (!isOpen()) {
            throw new RuleViolationException("This report is already resolved.");
        }
        if (reporterId.filter(moderator::equals).isPresent() || reportedId.equals(moderator)) {
            throw new RuleViolationException("A moderator cannot resolve a report they filed or that is about them.");
        }
        return new PersonReport(
                id,
                reporterId,
                reportedId,
                category,
                text,
                relationshipId,
                createdAt,
                Optional.of(new Resolution(Optional.of(moderator), outcome, note, now)),
                version);
    }

    private static String checkedText(String value, int max, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw InvalidInputException.of(field, "must have 1 to " + max + " characters");
        }
        return trimmed;
    }
}
