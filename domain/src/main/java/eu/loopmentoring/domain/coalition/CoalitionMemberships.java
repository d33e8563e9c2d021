package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who belongs, or asked to belong, to which coalition: at most one membership per person and coalition. */
public interface CoalitionMemberships {

    Optional<CoalitionMembership> find(UUID id);

    Optional<CoalitionMembership> find(UUID coalitionId, UUID personId);

    /** The person's memberships among {@code coalitionIds} (for a page of coalitions). */
    List<CoalitionMembership> find(UUID personId, Collection<UUID> coalitionIds);

    /** All of the person's memberships, requested or active, oldest request first. */
    List<CoalitionMembership> membershipsOf(UUID personId);

    /** Adds a membership; false when the person already has one in that coalition (check and insert are atomic). */
    boolean add(CoalitionMembership membership);

    /**
     * Stores a changed membership if its version is still {@code membership.version()}; returns it
     * with its new version, or empty when someone changed or ended it in between.
     */
    Optional<CoalitionMembership> update(CoalitionMembership membership);

    /** Ends the membership if its version is still {@code membership.version()}; false otherwise. */
    boolean remove(CoalitionMembership membership);

    /** Active coordinators of the coalition. */
    int countCoordinators(UUID coalitionId);

    /** Memberships of the coalition, requested or active. */
    int count(UUID coalitionId);

    /** Oldest request first; {@code status} narrows when present. */
    Page<CoalitionMembership> list(UUID coalitionId, Optional<MembershipStatus> status, PageRequest page);
}
