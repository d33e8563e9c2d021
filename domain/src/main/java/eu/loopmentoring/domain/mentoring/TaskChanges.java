package eu.loopmentoring.domain.mentoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The properties of a task to change; absent ones stay. */
public record TaskChanges(
        Optional<String> title,
        Optional<String> description,
        Optional<UUID> assigneeId,
        Optional<LocalDate> dueDate,
        Optional<Boolean> done) {}
