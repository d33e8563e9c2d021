package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every mentor offer, at most one per person, each with its running relationships counted. */
public interface MentorOffers {

    Optional<MentorOffer> find(UUID id);

    /**
     * Finds the offer and holds it until the unit of work ends: acceptances on one offer happen one
     * after another, so that capacity is counted right.
     */
    Optional<MentorOffer> findLocked(UUID id);

    Optional<MentorOffer> ofMentor(UUID mentorId);

    /** Adds the offer; false when its mentor already has one (check and insert are atomic). */
    boolean add(MentorOffer offer);

    /** Stores the offer if its version is still {@code offer.version()}; empty when it changed in between. */
    Optional<MentorOffer> update(MentorOffer offer);

    /**
     * ACTIVE offers, and the viewer's own whatever its status; responsive mentors first (fewest
     * missed proposals), then the most recently active, then by id.
     */
    /** Every ACTIVE offer, for matching. */
    List<MentorOffer> active();

    /** The ACTIVE offers whose mentors are active members of the coalition. */
    List<MentorOffer> activeInCoalition(UUID coalitionId);

    Page<MentorOffer> list(UUID viewer, OfferFilter filter, PageRequest page);
}
