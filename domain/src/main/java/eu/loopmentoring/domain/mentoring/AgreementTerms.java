package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What the participants agree on: goals with target dates, how long, how often they meet and check in. */
public record AgreementTerms(
        List<AgreementGoal> goals,
        int expectedDurationMonths,
        MeetingFrequency meetingFrequency,
        int checkInIntervalWeeks) {

    public static final int MAX_GOALS = 10;

    public AgreementTerms {
        Objects.requireNonNull(meetingFrequency, "meetingFrequency");
        goals = List.copyOf(goals);
        if (goals.isEmpty() || goals.size() > MAX_GOALS) {
            throw InvalidInputException.of("goals", "needs 1 to " + MAX_GOALS + " goals, each with a target date");
        }
        if (goals.stream().anyMatch(g -> g.description().length() < 3)) {
            throw InvalidInputException.of("goals", "each goal needs a description of at least 3 characters");
        }
        if (expectedDurationMonths < 1 || expectedDurationMonths > 36) {
            throw InvalidInputException.of("expectedDurationMonths", "must be between 1 and 36");
        }
        if (checkInIntervalWeeks < 1 || checkInIntervalWeeks > 26) {
            throw InvalidInputException.of("checkInIntervalWeeks", "must be between 1 and 26");
        }
    }

    /** These terms, if every goal's target date is one a goal may have at {@code now}. */
    public AgreementTerms datedAt(Instant now) {
        for (int i = 0; i < goals.size(); i++) {
            MentoringDates.plannedDate(
                    "goals[" + i + "].targetDate", goals.get(i).targetDate(), now);
        }
        return this;
    }
}
