package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository that keeps its items with a composed {@link RelationshipItemRows}: implementing
 * {@link #items()} is all it takes, so the delegation is written once here and not in each one.
 */
interface ComposedRelationshipItems<D> extends RelationshipItems<D> {

    RelationshipItems<D> items();

    @Override
    default Optional<D> find(UUID relationshipId, UUID id) {
        return items().find(relationshipId, id);
    }

    @Override
    default D add(D item) {
        return items().add(item);
    }

    @Override
    default D update(D item) {
        return items().update(item);
    }

    @Override
    default void remove(UUID id) {
        items().remove(id);
    }

    @Override
    default Page<D> of(UUID relationshipId, PageRequest page) {
        return items().of(relationshipId, page);
    }

    @Override
    default List<D> ofRelationships(List<UUID> relationshipIds) {
        return items().ofRelationships(relationshipIds);
    }
}
