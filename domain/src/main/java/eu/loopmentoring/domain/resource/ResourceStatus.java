package eu.loopmentoring.domain.resource;

/**
 * Where a resource is in moderation. Only {@code PUBLISHED} resources are visible to everyone; the
 * others only to their author and to moderators. {@code WITHDRAWN} is final.
 */
public enum ResourceStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN
}
