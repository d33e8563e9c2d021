package eu.loopmentoring.persistence.shared;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import java.util.List;

/** Reads one page of entities in a keyset order: the only way collections are paged here. */
public final class KeysetPages {

    private KeysetPages() {}

    public static <E> Page<E> page(
            PanacheRepositoryBase<E, ?> repository,
            String from,
            Conditions filters,
            KeysetOrder<E> order,
            PageRequest request) {
        Conditions conditions =
                request.after().map(k -> order.after(k, filters)).orElse(filters);
        Parameters parameters = new Parameters();
        conditions.parameters().forEach(parameters::and);
        List<E> rows = repository
                .find(from + conditions.where() + " order by " + order.orderBy(), parameters)
                .range(0, request.fetchSize() - 1)
                .list();
        return Page.fromOverfetch(rows, request, order::keyOf);
    }
}
