package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Pages of a collection inside a relationship (its goals, a task's comments), their cursors scoped to the owner. */
final class OwnedPages {

    private OwnedPages() {}

    /** One page of a collection inside a relationship, and the cursor to the next. */
    record Listed<T>(Page<T> page, String next) {
        <D> List<D> items(Function<T, D> toDto) {
            return page.items().stream().map(toDto).toList();
        }
    }

    static <T> Listed<T> list(
            Cursors cursors,
            String collection,
            UUID owner,
            Integer limit,
            String cursor,
            Function<PageRequest, Page<T>> read) {
        String scope = Cursors.scope(collection, "owner", owner);
        Page<T> page = read.apply(cursors.request(limit, cursor, scope));
        return new Listed<>(page, cursors.next(page, scope));
    }
}
