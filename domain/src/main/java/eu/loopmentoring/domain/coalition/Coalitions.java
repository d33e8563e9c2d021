package eu.loopmentoring.domain.coalition;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every coalition, each with the number of its active members. */
public interface Coalitions {

    Optional<Coalition> find(UUID id);

    /** The names of several coalitions at once, by id. */
    Map<UUID, String> names(Collection<UUID> ids);

    /**
     * Finds the coalition and holds it until the unit of work ends, so that changes to its
     * memberships happen one after another (the last-coordinator rule counts them).
     */
    Optional<Coalition> findLocked(UUID id);

    /** Adds a new coalition; false when one with the same name in any case exists (check and insert are atomic). */
    boolean add(Coalition coalition);

    /**
     * Stores a changed coalition if its version is still {@code coalition.version()}; returns it
     * with its new version, or empty when someone changed it in between.
     *
     * @throws eu.loopmentoring.domain.shared.ConflictException when another coalition has the name
     */
    Optional<Coalition> update(Coalition coalition);

    /** Ordered by name, then id. */
    Page<Coalition> list(CoalitionFilter filter, PageRequest page);
}
