package eu.loopmentoring.domain.shared;

import java.util.Objects;
import java.util.Optional;

/** A request for one page of a collection: at most {@code limit} items after {@code after}. */
public record PageRequest(int limit, Optional<Keyset> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Objects.requireNonNull(after, "after");
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public static PageRequest after(int limit, Keyset keyset) {
        return new PageRequest(limit, Optional.of(keyset));
    }

    /** Repositories fetch one row more than the limit to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
