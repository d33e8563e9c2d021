package eu.loopmentoring.domain.mentoring;

/** How many people meet: one mentor and one mentee, one mentor and a group, or peers. */
public enum MentoringFormat {
    ONE_TO_ONE,
    GROUP,
    PEER
}
