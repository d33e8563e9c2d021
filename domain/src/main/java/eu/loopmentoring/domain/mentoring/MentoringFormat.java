package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.matching.MeetingFormat;

/** How many people meet: one mentor and one mentee, one mentor and a group, or peers. */
public enum MentoringFormat {
    ONE_TO_ONE,
    GROUP,
    PEER;

    /** The matching engine's word for it. */
    public MeetingFormat meeting() {
        return switch (this) {
            case ONE_TO_ONE -> MeetingFormat.ONE_TO_ONE;
            case GROUP -> MeetingFormat.GROUP;
            case PEER -> MeetingFormat.PEER;
        };
    }
}
