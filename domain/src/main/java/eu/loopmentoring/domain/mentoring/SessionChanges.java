package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.Optional;

/** The properties of a session to change; absent ones stay. */
public record SessionChanges(
        Optional<Instant> startsAt,
        Optional<Integer> durationMinutes,
        Optional<SessionStatus> status,
        Optional<String> sharedNotes) {}
