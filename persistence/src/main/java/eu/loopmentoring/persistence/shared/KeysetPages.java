package eu.loopmentoring.persistence.shared;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads one page of entities in a keyset order: the only way collections are paged here. */
public final class KeysetPages {

    private KeysetPages() {}

    public static <E> Page<E> page(
            PanacheRepositoryBase<E, ?> repository,
            String from,
            Conditions filters,
            KeysetOrder<E> order,
            PageRequest request) {
        return page(filters, order, request, (rest, bound) -> {
            Parameters parameters = new Parameters();
            bound.forEach(parameters::and);
            return repository
                    .find(from + rest, parameters)
                    .range(0, request.fetchSize() - 1)
                    .list();
        });
    }

    /** As {@link #page}, for a repository that queries through the entity manager. */
    public static <E> Page<E> page(
            EntityManager em,
            Class<E> entity,
            String from,
            Conditions filters,
            KeysetOrder<E> order,
            PageRequest request) {
        return page(filters, order, request, (rest, bound) -> {
            TypedQuery<E> query = em.createQuery(from + rest, entity);
            bound.forEach(query::setParameter);
            return query.setMaxResults(request.fetchSize()).getResultList();
        });
    }

    /** {@code fetch} reads the rows given the query's where and order clauses and their parameters. */
    private static <E> Page<E> page(
            Conditions filters,
            KeysetOrder<E> order,
            PageRequest request,
            BiFunction<String, Map<String, Object>, List<E>> fetch) {
        Conditions conditions =
                request.after().map(k -> order.after(k, filters)).orElse(filters);
        List<E> rows = fetch.apply(conditions.where() + " order by " + order.orderBy(), conditions.parameters());
        return Page.fromOverfetch(rows, request, order::keyOf);
    }
}
