package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One kind of versioned item kept inside relationships: their goals, sessions or tasks. */
public interface RelationshipItems<T> {

    /** The item, if it belongs to the relationship. */
    Optional<T> find(UUID relationshipId, UUID id);

    T add(T item);

    /** Stores the item with the next version. */
    T update(T item);

    /** Deletes the item and what hangs on it. */
    void remove(UUID id);

    /** One page of the relationship's items, in their order (oldest or earliest first). */
    Page<T> of(UUID relationshipId, PageRequest page);

    /** In their order (oldest or earliest first). */
    List<T> ofRelationships(List<UUID> relationshipIds);
}
