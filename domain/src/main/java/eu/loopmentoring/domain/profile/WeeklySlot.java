package eu.loopmentoring.domain.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A recurring weekly window, in the time zone of the availability it belongs to. */
public record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime to) {

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean isValid() {
        return to.isAfter(from);
    }

    public boolean overlaps(WeeklySlot other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
