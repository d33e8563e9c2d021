package eu.loopmentoring.domain.learningpath;

/** A draft is edited by its authors; a published version never changes. */
public enum PathStatus {
    DRAFT,
    PUBLISHED
}
