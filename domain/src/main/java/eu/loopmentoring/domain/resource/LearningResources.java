package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The resource bank's resources, in every status, each with its rating aggregate. */
public interface LearningResources {

    Optional<LearningResource> find(UUID id);

    /**
     * Finds the resource and holds it until the unit of work ends: changes, moderation decisions
     * and reviews of one resource happen one after another.
     */
    Optional<LearningResource> findLocked(UUID id);

    Map<UUID, LearningResource> findAll(Collection<UUID> ids);

    void add(LearningResource resource);

    /**
     * Stores the changed metadata and status of a resource the caller holds locked; returns it with
     * its next version. The rating is never written from here (see {@link #refreshRating}).
     */
    LearningResource update(LearningResource resource);

    /** Recomputes the rating aggregate from the resource's reviews, in the caller's unit of work. */
    Rating refreshRating(UUID id);

    /**
     * The listing of published resources: newest publication first, then id. The one query behind
     * {@code GET /api/v1/resources}; search extends it and {@link ResourceQuery}.
     */
    Page<LearningResource> published(ResourceQuery query, PageRequest page);

    /** A person's resources in any status, or in {@code status}; newest first. */
    Page<LearningResource> submittedBy(UUID personId, Optional<ResourceStatus> status, PageRequest page);

    /** All of a person's resources, newest first (for their export). */
    List<LearningResource> allSubmittedBy(UUID personId);
}
