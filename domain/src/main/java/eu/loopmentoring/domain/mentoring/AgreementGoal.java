package eu.loopmentoring.domain.mentoring;

import java.time.LocalDate;
import java.util.Objects;

/** A specific goal of an agreement, with the date by which the participants mean to reach it. */
public record AgreementGoal(String description, LocalDate targetDate) {

    public AgreementGoal {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(targetDate, "targetDate");
        description = description.strip();
    }
}
