package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Pages of a collection inside a relationship (its goals, a task's comments), read as the caller,
 * their cursors scoped to the owner.
 */
@ApplicationScoped
class OwnedPages {

    private final Cursors cursors;
    private final CurrentSubject current;

    OwnedPages(Cursors cursors, CurrentSubject current) {
        this.cursors = cursors;
        this.current = current;
    }

    /** 200 with one page of {@code collection} inside {@code owner}, as {@code answer} writes it with the next cursor. */
    <T> Response list(
            String collection,
            UUID owner,
            Integer limit,
            String cursor,
            BiFunction<Subject, PageRequest, Page<T>> read,
            BiFunction<Page<T>, String, ?> answer) {
        return list(collection, owner, limit, cursor, read, page -> page, answer);
    }

    /** The same for a view that holds the page beside other facts. */
    <V> Response list(
            String collection,
            UUID owner,
            Integer limit,
            String cursor,
            BiFunction<Subject, PageRequest, V> read,
            Function<V, Page<?>> pageOf,
            BiFunction<V, String, ?> answer) {
        String scope = Cursors.scope(collection, "owner", owner);
        V view = read.apply(current.require(), cursors.request(limit, cursor, scope));
        return Response.ok(answer.apply(view, cursors.next(pageOf.apply(view), scope)))
                .build();
    }
}
