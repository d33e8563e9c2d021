package eu.loopmentoring.domain.resource;

/** What kind of thing a resource is (LRMI {@code learningResourceType}, Dublin Core {@code type}). */
public enum ResourceType {
    DOCUMENT,
    VIDEO,
    AUDIO,
    WEBSITE,
    /** An activity or workshop plan. */
    ACTIVITY_PLAN,
    COURSE,
    TOOL,
    /** A case study or best-practice example. */
    CASE_STUDY,
    RESEARCH_PAPER
}
