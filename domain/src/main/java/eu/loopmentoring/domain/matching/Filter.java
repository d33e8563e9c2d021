package eu.loopmentoring.domain.matching;

/** A must-have: a pair that fails any active filter is never suggested nor assigned. */
public enum Filter {
    /** Nobody mentors themselves (always on). */
    NOT_SELF,
    /**
     * Neither person blocked the other, and they are not already mentor and mentee in a running
     * relationship (always on: such a pair is never proposed).
     */
    NOT_BLOCKED,
    /** A language both speak at the policy's minimum level or better (a mother tongue always counts). */
    SHARED_LANGUAGE,
    /** A mode both accept; in person only when both name the same region. */
    MODE_AND_REGION,
    /** A format both accept. */
    FORMAT,
    /** Not from the same school, when the programme requires it. */
    DIFFERENT_SCHOOL,
    /** The offer has room for one more mentee. */
    CAPACITY_LEFT
}
