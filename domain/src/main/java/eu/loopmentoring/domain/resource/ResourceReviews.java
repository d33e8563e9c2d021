package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews, at most one per person and resource. */
public interface ResourceReviews {

    Optional<Review> find(UUID resourceId, UUID personId);

    /** Adds the person's review of the resource, or replaces the one they gave before. */
    Review put(UUID resourceId, UUID personId, int rating, String comment, Instant now);

    /** False when the person had no review of the resource. */
    boolean remove(UUID resourceId, UUID personId);

    /** Newest change first. */
    Page<Review> list(UUID resourceId, PageRequest page);

    /** Everything the person reviewed, newest first (for their export). */
    List<Review> by(UUID personId);
}
