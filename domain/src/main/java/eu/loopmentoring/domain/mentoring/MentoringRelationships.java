package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every mentoring relationship, with its participants' display names. */
public interface MentoringRelationships {

    Optional<MentoringRelationship> find(UUID id);

    /** Finds the relationship and holds it until the unit of work ends. */
    Optional<MentoringRelationship> findLocked(UUID id);

    void add(MentoringRelationship relationship);

    MentoringRelationship update(MentoringRelationship relationship);

    /** Mentees taking part in ACTIVE and PAUSED relationships of the offer: what uses its capacity. */
    int countRunning(UUID offerId);

    /** The offer's running GROUP relationship, if there is one. */
    Optional<MentoringRelationship> runningGroupOf(UUID offerId);

    /** The relationships the person takes part in or is invited to, newest first; {@code status} narrows. */
    Page<MentoringRelationship> involving(UUID person, Optional<RelationshipStatus> status, PageRequest page);

    /** The relationships of the coalition's programme, newest first; {@code status} narrows. */
    Page<MentoringRelationship> inCoalition(UUID coalitionId, Optional<RelationshipStatus> status, PageRequest page);

    /** Also those the person left: for their export. */
    List<MentoringRelationship> allInvolving(UUID person);

    /**
     * The ACTIVE or PAUSED relationships that have any of these people among their participants
     * (members, invited or left alike), in no particular order: who already works with whom, for
     * a matching run's input.
     */
    List<MentoringRelationship> runningAmong(Collection<UUID> people);
}
