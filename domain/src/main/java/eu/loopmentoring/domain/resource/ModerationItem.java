package eu.loopmentoring.domain.resource;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An entry of the moderation queue: a submitted resource waiting for a decision, or an open
 * report about a published one. {@code at} is when it entered the queue.
 */
public record ModerationItem(Kind kind, Instant at, LearningResource resource, Optional<ResourceReport> report) {

    public enum Kind {
        SUBMISSION,
        REPORT
    }

    /** What the queue's storage returns: enough to page and to load the objects. */
    public record Entry(Kind kind, Instant at, UUID id, UUID resourceId) {}

    public ModerationItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(report, "report");
    }
}
