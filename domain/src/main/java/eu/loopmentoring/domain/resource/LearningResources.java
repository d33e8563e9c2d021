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
     * The listing of published resources in the query's sort, then id. The one query behind
     * {@code GET /api/v1/resources}; with search words it ranks a bounded set of the most recently
     * published matches (see the adapter).
     */
    Page<LearningResource> published(ResourceQuery query, PageRequest page);

    /**
     * For every facet, its values among published resources matching {@code query} without that
     * facet's own filter, with how many resources each gives; values without results are absent.
     */
    Map<ResourceFacet, Map<String, Long>> facets(ResourceQuery query);

    /** A person's resources in any status, or in {@code status}; newest first. */
    Page<LearningResource> submittedBy(UUID personId, Optional<ResourceStatus> status, PageRequest page);

    /** All of a person's resources, newest first (for their export). */
    List<LearningResource> allSubmittedBy(UUID personId);
}
