package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.matching.MeetingMode;

/** Where people meet: online, or in person within a region. */
public enum MentoringMode {
    ONLINE,
    IN_PERSON;

    /** The matching engine's word for it. */
    public MeetingMode meeting() {
        return switch (this) {
            case ONLINE -> MeetingMode.ONLINE;
            case IN_PERSON -> MeetingMode.IN_PERSON;
        };
    }
}
