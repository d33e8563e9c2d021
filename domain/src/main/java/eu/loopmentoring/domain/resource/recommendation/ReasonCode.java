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
    /** Reviewers rated it 4 or more of 5, after shrinkage, and above the prior. */
    HIGHLY_RATED,
    /** Reviewers rated it under 3 of 5, after shrinkage, and below the prior. */
    LOW_RATED,
    /** Reviewed, neither highly nor low rated; the contribution says which way it moved. */
    RATED,
    /** The person opened it already (completed ones are never recommended). */
    ALREADY_OPENED
}
