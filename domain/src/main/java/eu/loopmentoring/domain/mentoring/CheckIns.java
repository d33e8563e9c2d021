package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Relationship-health check-ins, and the reminders for those that are due. */
public interface CheckIns {

    CheckIn add(CheckIn checkIn);

    /** One page of the relationship's check-ins, oldest first. */
    Page<CheckIn> ofRelationship(UUID relationshipId, PageRequest page);

    /** The author's last check-in in the relationship. */
    Optional<Instant> lastBy(UUID relationshipId, UUID authorId);

    List<CheckIn> by(UUID authorId);

    /**
     * Notifies (CHECK_IN_DUE) every participant of an ACTIVE relationship with an agreement both
     * confirmed whose check-in is due at {@code now} and who was not reminded since it fell due;
     * only one caller at a time does this. Returns how many were notified.
     */
    int remindDue(Instant now);
}
