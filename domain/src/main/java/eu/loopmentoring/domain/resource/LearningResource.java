package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An item of the resource bank, with its moderation state.
 *
 * <p>The life of a resource: its author creates a {@code DRAFT} and {@code SUBMITTED}s it; a
 * moderator {@code PUBLISHED}es it or {@code REJECTED}s it with a reason. The author may revise it
 * at any time before it is withdrawn: a draft stays a draft, a rejected resource becomes a draft
 * again (to be resubmitted), a submitted one stays in the queue with the new content, and a
 * published one is resubmitted: it leaves the public bank until a moderator publishes the revised
 * content (its reviews stay). The author or a moderator may withdraw it at any time; withdrawn is
 * final. {@code submittedBy} is empty once the author's account is erased (published resources
 * outlive it).
 */
public record LearningResource(
        UUID id,
        ResourceMetadata metadata,
        ResourceStatus status,
        Optional<UUID> submittedBy,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> submittedAt,
        Optional<Instant> publishedAt,
        Optional<String> rejectionReason,
        Rating rating,
        long version) {

    public LearningResource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(rejectionReason, "rejectionReason");
        Objects.requireNonNull(rating, "rating");
        if ((status == ResourceStatus.REJECTED) != rejectionReason.isPresent()) {
            throw new IllegalArgumentException(
                    "Only a rejected resource carries a rejection reason; this one is " + status);
        }
    }

    /** A resource a partner API client imported: no author, waiting for moderation. */
    public static LearningResource imported(ResourceMetadata metadata, Instant now) {
        return new LearningResource(
                UUID.randomUUID(),
                metadata,
                ResourceStatus.SUBMITTED,
                Optional.empty(),
                now,
                now,
                Optional.of(now),
                Optional.empty(),
                Optional.empty(),
                Rating.NONE,
                0);
    }

    public static LearningResource draft(ResourceMetadata metadata, UUID author, Instant now) {
        return new LearningResource(
                UUID.randomUUID(),
                metadata,
                ResourceStatus.DRAFT,
                Optional.of(author),
                now,
                now,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Rating.NONE,
                0);
    }

    public boolean isPublished() {
        return status == ResourceStatus.PUBLISHED;
    }

    public boolean isBy(UUID person) {
        return submittedBy.filter(person::equals).isPresent();
    }

    /** The author's revision; see the class comment for what it does to the status. */
    public LearningResource revise(ResourceMetadata revised, Instant now) {
        return switch (status) {
            case DRAFT, SUBMITTED -> with(revised, status, now, submittedAt, rejectionReason);
            case REJECTED -> with(revised, ResourceStatus.DRAFT, now, submittedAt, Optional.empty());
            case PUBLISHED -> with(revised, ResourceStatus.SUBMITTED, now, Optional.of(now), Optional.empty());
            case WITHDRAWN ->
                throw new RuleViolationException(
                        "A withdrawn resource cannot be changed any more: create a new resource instead.");
        };
    }

    public LearningResource submit(Instant now) {
        if (status != ResourceStatus.DRAFT && status != ResourceStatus.REJECTED) {
            throw new RuleViolationException(
                    "Only a draft or a rejected resource can be submitted; this one is " + status + ".");
        }
        return with(metadata, ResourceStatus.SUBMITTED, now, Optional.of(now), Optional.empty());
    }

    /** Publishes the submitted content; the first publication's time is kept across revisions. */
    public LearningResource publish(Instant now) {
        requireSubmitted("published");
        return new LearningResource(
                id,
                metadata,
                ResourceStatus.PUBLISHED,
                submittedBy,
                createdAt,
                now,
                submittedAt,
                publishedAt.or(() -> Optional.of(now)),
                Optional.empty(),
                rating,
                version);
    }

    public LearningResource reject(String reason, Instant now) {
        requireSubmitted("rejected");
        return with(metadata, ResourceStatus.REJECTED, now, submittedAt, Optional.of(reason));
    }

    public LearningResource withdraw(Instant now) {
        if (status == ResourceStatus.WITHDRAWN) {
            throw new RuleViolationException("This resource is already withdrawn.");
        }
        // The rejection, if any, stays in the resource's history (its revisions), not on the withdrawn resource.
        return with(metadata, ResourceStatus.WITHDRAWN, now, submittedAt, Optional.empty());
    }

    public LearningResource withoutAuthor() {
        return new LearningResource(
                id,
                metadata,
                status,
                Optional.empty(),
                createdAt,
                updatedAt,
                submittedAt,
                publishedAt,
                rejectionReason,
                rating,
                version);
    }

    private void requireSubmitted(String outcome) {
        if (status != ResourceStatus.SUBMITTED) {
            throw new RuleViolationException(
                    "Only a submitted resource can be " + outcome + "; this one is " + status + ".");
        }
    }

    private LearningResource with(
            ResourceMetadata newMetadata,
            ResourceStatus newStatus,
            Instant now,
            Optional<Instant> newSubmittedAt,
            Optional<String> newRejectionReason) {
        return new LearningResource(
                id,
                newMetadata,
                newStatus,
                submittedBy,
                createdAt,
                now,
                newSubmittedAt,
                publishedAt,
                newRejectionReason,
                rating,
                version);
    }
}
