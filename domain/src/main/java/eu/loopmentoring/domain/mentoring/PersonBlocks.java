package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every block, at most one per blocker and blocked person. */
public interface PersonBlocks {

    /** Adds the block; false when the blocker already blocks that person. */
    boolean add(PersonBlock block);

    Optional<PersonBlock> find(UUID blockerId, UUID blockedId);

    /** Removes the block; false when there was none. */
    boolean remove(UUID blockerId, UUID blockedId);

    /** Everyone the person blocks or is blocked by. */
    Set<UUID> around(UUID person);

    /** Whether either of the two blocks the other. */
    boolean between(UUID one, UUID other);

    /** The blocks whose two people are both among {@code people} (stores read them in bulk). */
    default List<PersonBlock> among(java.util.Collection<UUID> people) {
        Set<UUID> all = Set.copyOf(people);
        return all.stream()
                .flatMap(p -> allOf(p).stream())
                .filter(b -> all.contains(b.blockedId()))
                .toList();
    }

    /** The blocker's blocks, newest first. */
    Page<PersonBlock> of(UUID blockerId, PageRequest page);

    List<PersonBlock> allOf(UUID blockerId);
}
