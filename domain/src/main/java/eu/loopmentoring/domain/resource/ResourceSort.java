package eu.loopmentoring.domain.resource;

/** The orders of the listing of published resources; ties are always broken by id. */
public enum ResourceSort {
    /** Best full-text match first; only with search words. */
    RELEVANCE,
    /** Most recently published first. */
    NEWEST,
    /** Highest average rating first, unrated last, then newest. */
    RATING
}
