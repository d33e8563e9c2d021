package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import java.time.Instant;
import java.util.Optional;

/** A relationship's check-ins, and when the caller's next one is due (none without a confirmed agreement). */
public record CheckInView(Page<CheckIn> page, Optional<Instant> myNextDueAt) {}
