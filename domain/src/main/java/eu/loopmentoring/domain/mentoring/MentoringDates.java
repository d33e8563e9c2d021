package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dates a relationship's work may carry, around the day it is entered: a session within
 * {@value #SESSION_YEARS_BEFORE} years before and {@value #SESSION_YEARS_AFTER} after now (held
 * ones are recorded late, planned ones are near); a goal's target date or a task's due date within
 * {@value #DATE_YEARS_BEFORE} years before and {@value #DATE_YEARS_AFTER} after today (UTC). A year
 * outside is a typo, and refused naming the field.
 */
public final class MentoringDates {

    public static final int SESSION_YEARS_BEFORE = 5;
    public static final int SESSION_YEARS_AFTER = 2;
    public static final int DATE_YEARS_BEFORE = 5;
    public static final int DATE_YEARS_AFTER = 10;

    private MentoringDates() {}

    /** {@code startsAt} if a session may start then, seen at {@code now}. */
    public static Instant sessionStart(String field, Instant startsAt, Instant now) {
        OffsetDateTime today = now.atOffset(ZoneOffset.UTC);
        Instant first = today.minusYears(SESSION_YEARS_BEFORE).toInstant();
        Instant last = today.plusYears(SESSION_YEARS_AFTER).toInstant();
        if (startsAt.isBefore(first) || startsAt.isAfter(last)) {
            throw InvalidInputException.of(
                    field,
                    "must be between " + first + " and " + last + " (" + SESSION_YEARS_BEFORE + " years before to "
                            + SESSION_YEARS_AFTER + " years after now)");
        }
        return startsAt;
    }

    /** {@code date} if a goal or task may be dated so, seen at {@code now}. */
    public static LocalDate plannedDate(String field, LocalDate date, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusYears(DATE_YEARS_BEFORE);
        LocalDate last = today.plusYears(DATE_YEARS_AFTER);
        if (date.isBefore(first) || date.isAfter(last)) {
            throw InvalidInputException.of(
                    field,
                    "must be between " + first + " and " + last + " (" + DATE_YEARS_BEFORE + " years before to "
                            + DATE_YEARS_AFTER + " years after today)");
        }
        return date;
    }
}
