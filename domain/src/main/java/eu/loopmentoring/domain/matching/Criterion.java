package eu.loopmentoring.domain.matching;

/** A weighted criterion: each contributes from 0 to its weight in points to a pair's score. */
public enum Criterion {
    /** The mentor's strength on the dimensions where the mentee's need is highest. */
    COMPLEMENTARITY,
    /** How far ahead the mentor is in their career, against an ideal gap. */
    CAREER_STAGE,
    /** The share of the mentee's subjects the mentor teaches too. */
    SUBJECTS,
    /** The share of the mentee's school levels the mentor knows too. */
    SCHOOL_LEVELS,
    /** The minutes per week when both are free, across their time zones. */
    AVAILABILITY,
    /** How reliably the mentor answers proposals. */
    RESPONSIVENESS,
    /** The mentee's cultural background items the mentor shares; only when both consented. */
    CULTURAL_BACKGROUND
}
