package eu.loopmentoring.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One page of a collection; {@code next} is present when more items follow. */
public record Page<T>(List<T> items, Optional<Keyset> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if any,
     * only proves that a next page exists, and the page continues after the last row kept.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, PageRequest request, Function<T, Keyset> keyOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> kept = rows.subList(0, request.limit());
        return new Page<>(kept, Optional.of(keyOf.apply(kept.get(kept.size() - 1))));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
