package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.profile.Availability;
import eu.loopmentoring.domain.profile.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Weekly windows on one clock: minutes since Monday 00:00 UTC of a given week, as sorted, merged,
 * half-open intervals {@code [start, end)} in a flat array. Each window is placed on its own
 * day in its owner's time zone in that week, so a summer-time change moves it as it moves the
 * person; a window that crosses the week's edge in UTC wraps round to its other end.
 */
final class WeeklyMinutes {

    static final int WEEK = 7 * 24 * 60;
    static final int[] NONE = new int[0];

    private WeeklyMinutes() {}

    /** The Monday of the week holding {@code date}. */
    static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static int[] of(Availability availability, LocalDate monday) {
        long weekStart = monday.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        List<int[]> pieces = new ArrayList<>();
        for (WeeklySlot slot : availability.weeklySlots()) {
            if (!slot.isValid()) {
                continue;
            }
            LocalDate day = monday.with(TemporalAdjusters.nextOrSame(slot.day()));
            long from = minutes(ZonedDateTime.of(day, slot.from(), availability.timeZone()), weekStart);
            long to = minutes(ZonedDateTime.of(day, slot.to(), availability.timeZone()), weekStart);
            if (to <= from) {
                continue; // a window swallowed by a summer-time gap
            }
            int start = (int) Math.floorMod(from, WEEK);
            int end = start + (int) (to - from);
            if (end <= WEEK) {
                pieces.add(new int[] {start, end});
            } else {
                pieces.add(new int[] {start, WEEK});
                pieces.add(new int[] {0, end - WEEK});
            }
        }
        pieces.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] merged = new int[pieces.size() * 2];
        int size = 0;
        for (int[] piece : pieces) {
            if (size > 0 && piece[0] <= merged[size - 1]) {
                merged[size - 1] = Math.max(merged[size - 1], piece[1]);
            } else {
                merged[size++] = piece[0];
                merged[size++] = piece[1];
            }
        }
        return Arrays.copyOf(merged, size);
    }

    /** The minutes both interval lists cover. */
    static int overlap(int[] a, int[] b) {
        int total = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int start = Math.max(a[i], b[j]);
            int end = Math.min(a[i + 1], b[j + 1]);
            if (end > start) {
                total += end - start;
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return total;
    }

    private static long minutes(ZonedDateTime time, long weekStart) {
        return Math.floorDiv(time.toEpochSecond() - weekStart, 60);
    }
}
