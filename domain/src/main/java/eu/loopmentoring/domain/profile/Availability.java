package eu.loopmentoring.domain.profile;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The time a person can give per month, and the weekly windows when they are usually free. */
public record Availability(int hoursPerMonth, ZoneId timeZone, List<WeeklySlot> weeklySlots) {

    public Availability {
        Objects.requireNonNull(timeZone, "timeZone");
        weeklySlots = List.copyOf(weeklySlots);
    }

    /**
     * Checks what a client sent: a real IANA time zone, and windows that end after they start and
     * do not overlap each other.
     */
    public static Availability of(int hoursPerMonth, String timeZone, List<WeeklySlot> slots, String field) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone instanceof ZoneOffset) {
            zone = null; // a fixed offset ignores summer time; a region does not
        }
        if (zone == null) {
            errors.add(new FieldError(
                    field + ".timeZone", "is not an IANA time zone; use a region name like Europe/Lisbon, or UTC"));
        }
        for (int i = 0; i < slots.size(); i++) {
            WeeklySlot slot = slots.get(i);
            if (!slot.isValid()) {
                errors.add(new FieldError(field + ".weeklySlots[" + i + "]", "must end (to) after it starts (from)"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (slots.get(j).isValid() && slots.get(j).overlaps(slot)) {
                    errors.add(new FieldError(
                            field + ".weeklySlots[" + i + "]",
                            "overlaps weeklySlots[" + j + "]; merge them into one window"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Availability(hoursPerMonth, zone, slots);
    }
}
