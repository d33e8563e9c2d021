package eu.loopmentoring.domain.resource.recommendation;

/** Why a resource moved up or down a person's recommendations; stable, for machines. */
public enum ReasonCode {
    /** One of the person's training needs is a topic of the resource. */
    TRAINING_NEED,
    /** The resource develops a profile dimension in which the person scored low. */
    WEAK_DIMENSION,
    /** One of the person's interests is a topic of the resource. */
    INTEREST,
    /** The resource's audience includes the person's career stage (or a neighbouring one), or does not. */
    CAREER_STAGE,
    /** The language, among the resource's, that the person reads best. */
    LANGUAGE,
    /** Reviewers rated it above the prior, after shrinkage. */
    HIGHLY_RATED,
    /** Reviewers rated it below the prior, after shrinkage. */
    LOW_RATED,
    /** The person opened it already (completed ones are never recommended). */
    ALREADY_OPENED
}
