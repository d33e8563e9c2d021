package eu.loopmentoring.domain.school;

/**
 * The five dimensions of the iHub4Schools conceptual model of a digitally innovative school.
 * Sustainable whole-school adoption of digital innovation needs all of them.
 */
public enum SchoolDimension {
    VISION,
    LEADERSHIP,
    /** Including knowledge sharing and knowledge practices. */
    COLLABORATIVE_CULTURE,
    DIGITAL_INFRASTRUCTURE,
    PEDAGOGICAL_PRACTICES
}
