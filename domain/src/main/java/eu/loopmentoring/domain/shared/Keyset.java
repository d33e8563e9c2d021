package eu.loopmentoring.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * The sort-key values of the last item of a page: the next page starts strictly after them.
 * Repositories decide what the values are; callers only pass them back unchanged.
 */
public record Keyset(List<String> values) {

    public Keyset {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a keyset needs at least one value");
        }
        values = List.copyOf(values);
    }

    public static Keyset of(String... values) {
        return new Keyset(List.of(values));
    }

    public String value(int index) {
        return values.get(index);
    }
}
