package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The four relationship-health statements, each answered 1 (strongly disagree) to 5, and a comment. */
public record CheckInAnswers(
        int progressOnGoals, int usefulMeetings, int feelSupported, int goodCommunication, Optional<String> comment) {

    public CheckInAnswers {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        check(errors, "progressOnGoals", progressOnGoals);
        check(errors, "usefulMeetings", usefulMeetings);
        check(errors, "feelSupported", feelSupported);
        check(errors, "goodCommunication", goodCommunication);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        comment = comment.map(String::strip).filter(c -> !c.isEmpty());
    }

    private static void check(List<InvalidInputException.FieldError> errors, String field, int value) {
        if (value < 1 || value > 5) {
            errors.add(new InvalidInputException.FieldError(field, "must be between 1 and 5"));
        }
    }
}
