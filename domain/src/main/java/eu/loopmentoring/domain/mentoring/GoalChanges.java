package eu.loopmentoring.domain.mentoring;

import java.time.LocalDate;
import java.util.Optional;

/** The properties of a goal to change; absent ones stay. */
public record GoalChanges(
        Optional<String> title,
        Optional<LocalDate> targetDate,
        Optional<Integer> progress,
        Optional<GoalStatus> status) {}
