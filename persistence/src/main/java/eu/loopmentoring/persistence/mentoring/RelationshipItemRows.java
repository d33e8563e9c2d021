package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.RelationshipItems;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.persistence.shared.Conditions;
import eu.loopmentoring.persistence.shared.KeysetOrder;
import eu.loopmentoring.persistence.shared.KeysetPages;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows of one kind of item inside relationships (goals, sessions, tasks), kept the same way:
 * the one generic adapter that each of their repositories composes.
 *
 * @param <D> the domain item
 * @param <E> its entity, whose rows {@code rows} reads and writes
 */
final class RelationshipItemRows<D, E> implements RelationshipItems<D> {

    private final PanacheRepositoryBase<E, UUID> rows;
    private final String from;
    private final KeysetOrder<E> order;
    private final Function<D, UUID> idOf;
    private final Supplier<E> blank;
    private final BiConsumer<D, E> copy;
    private final Function<E, D> toDomain;

    /** @param order the items' order, on the alias {@code e}: one relationship's pages and all lists keep it */
    RelationshipItemRows(
            PanacheRepositoryBase<E, UUID> rows,
            Class<E> entity,
            KeysetOrder<E> order,
            Function<D, UUID> idOf,
            Supplier<E> blank,
            BiConsumer<D, E> copy,
            Function<E, D> toDomain) {
        this.rows = rows;
        this.from = "from " + entity.getSimpleName() + " e";
        this.order = order;
        this.idOf = idOf;
        this.blank = blank;
        this.copy = copy;
        this.toDomain = toDomain;
    }

    @Override
    public Optional<D> find(UUID relationshipId, UUID id) {
        return rows.find(from + " where e.id = ?1 and e.relationshipId = ?2", id, relationshipId)
                .firstResultOptional()
                .map(toDomain);
    }

    @Override
    public D add(D item) {
        E entity = blank.get();
        copy.accept(item, entity);
        rows.persist(entity);
        rows.flush();
        return toDomain.apply(entity);
    }

    @Override
    public D update(D item) {
        E entity = rows.findById(idOf.apply(item));
        copy.accept(item, entity);
        rows.flush();
        return toDomain.apply(entity);
    }

    @Override
    public void remove(UUID id) {
        rows.deleteById(id);
        rows.flush();
    }

    @Override
    public Page<D> of(UUID relationshipId, PageRequest page) {
        Conditions filters = Conditions.none().and("e.relationshipId = :key").bind("key", relationshipId);
        return KeysetPages.page(rows, from, filters, order, page).map(toDomain);
    }

    @Override
    public List<D> ofRelationships(List<UUID> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return List.of();
        }
        return rows.list(from + " where e.relationshipId in ?1 order by " + order.orderBy(), relationshipIds).stream()
                .map(toDomain)
                .toList();
    }
}
