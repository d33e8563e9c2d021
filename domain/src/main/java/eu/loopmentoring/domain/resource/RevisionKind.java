package eu.loopmentoring.domain.resource;

/** What a revision of a resource records: a change of content or a step in moderation. */
public enum RevisionKind {
    CREATED,
    EDITED,
    SUBMITTED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN
}
