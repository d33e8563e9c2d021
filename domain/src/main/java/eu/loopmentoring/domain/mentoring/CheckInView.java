package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A relationship's check-ins, and when the caller's next one is due (none without a confirmed agreement). */
public record CheckInView(List<CheckIn> items, Optional<Instant> myNextDueAt) {}
