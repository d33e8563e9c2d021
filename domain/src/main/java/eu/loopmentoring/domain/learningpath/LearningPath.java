package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a learning path. Its authors edit it while it is a {@code DRAFT}; publishing gives
 * it the next number of its lineage, and from then on it never changes: the people enrolled in it
 * keep exactly what they enrolled in. A new version starts as a draft {@code basedOn} it.
 *
 * @param createdBy empty once the author's account is erased: the path stays for its learners
 * @param version the row version, in the {@code ETag}
 */
public record LearningPath(
        UUID id,
        UUID lineageId,
        Optional<Integer> versionNumber,
        Optional<UUID> basedOn,
        PathStatus status,
        PathContent content,
        Optional<UUID> createdBy,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt,
        long version) {

    public LearningPath {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lineageId, "lineageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        versionNumber = Objects.requireNonNullElse(versionNumber, Optional.empty());
        basedOn = Objects.requireNonNullElse(basedOn, Optional.empty());
        createdBy = Objects.requireNonNullElse(createdBy, Optional.empty());
        publishedAt = Objects.requireNonNullElse(publishedAt, Optional.empty());
    }

    /** A new path, the first of its lineage. */
    public static LearningPath draft(PathContent content, UUID author, Instant now) {
        UUID id = UUID.randomUUID();
        return new LearningPath(
                id,
                id,
                Optional.empty(),
                Optional.empty(),
                PathStatus.DRAFT,
                content,
                Optional.of(author),
                now,
                now,
                Optional.empty(),
                0);
    }

    /**
     * A learner's own path, built from their suggestion: published at once as version 1 of a
     * lineage of its own, which never has another version.
     */
    public static LearningPath personal(PathContent content, UUID learner, Instant now) {
        if (content.visibility() != PathVisibility.PERSONAL) {
            throw new IllegalArgumentException("a personal path is PERSONAL");
        }
        return draft(content, learner, now).publish(1, now);
    }

    public boolean isPersonal() {
        return content.visibility() == PathVisibility.PERSONAL;
    }

    public boolean isPublished() {
        return status == PathStatus.PUBLISHED;
    }

    public boolean isBy(UUID person) {
        return createdBy.filter(person::equals).isPresent();
    }

    /** The draft with new content; the owner stays the draft's own. */
    public LearningPath replace(PathContent newContent, Instant now) {
        requireDraft("a published version never changes");
        return new LearningPath(
                id,
                lineageId,
                versionNumber,
                basedOn,
                status,
                newContent.ownedAs(content),
                createdBy,
                createdAt,
                now,
                publishedAt,
                version);
    }

    /** The draft as the version {@code number} of its lineage. */
    public LearningPath publish(int number, Instant now) {
        requireDraft("it is published only once");
        return new LearningPath(
                id,
                lineageId,
                Optional.of(number),
                basedOn,
                PathStatus.PUBLISHED,
                content,
                createdBy,
                createdAt,
                now,
                Optional.of(now),
                version);
    }

    /** The next version of this published one, a draft of {@code author}'s with the same content. */
    public LearningPath nextDraft(UUID author, Instant now) {
        if (!isPublished()) {
            throw new RuleViolationException("Only a published version has a next version; this one is a draft:"
                    + " change it with PUT and publish it.");
        }
        return new LearningPath(
                UUID.randomUUID(),
                lineageId,
                Optional.empty(),
                Optional.of(id),
                PathStatus.DRAFT,
                content,
                Optional.of(author),
                now,
                now,
                Optional.empty(),
                0);
    }

    /** Refuses to touch a published version, saying how to go on instead. */
    void requireDraft(String why) {
        if (isPublished()) {
            throw new RuleViolationException(
                    "This is version " + versionNumber.orElseThrow() + " of the path, published: " + why
                            + ". Start the next version with POST /api/v1/learning-paths/" + id + "/drafts.");
        }
    }
}
