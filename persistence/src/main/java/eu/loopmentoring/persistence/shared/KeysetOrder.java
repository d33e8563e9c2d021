package eu.loopmentoring.persistence.shared;

import eu.loopmentoring.domain.shared.Keyset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The sort order of a collection and how to continue it after a {@link Keyset}: a seek on the
 * sort columns (keyset pagination), never an OFFSET. The last column must be unique (the id).
 */
public final class KeysetOrder<E> {

    private record Column<E>(
            String expression, boolean descending, Function<E, Object> value, Function<String, Object> parse) {}

    private final List<Column<E>> columns;

    private KeysetOrder(List<Column<E>> columns) {
        this.columns = List.copyOf(columns);
    }

    public static <E> KeysetOrder<E> by() {
        return new KeysetOrder<>(List.of());
    }

    public KeysetOrder<E> asc(String expression, Function<E, Object> value, Function<String, Object> parse) {
        return with(new Column<>(expression, false, value, parse));
    }

    public KeysetOrder<E> desc(String expression, Function<E, Object> value, Function<String, Object> parse) {
        return with(new Column<>(expression, true, value, parse));
    }

    private KeysetOrder<E> with(Column<E> column) {
        List<Column<E>> more = new ArrayList<>(columns);
        more.add(column);
        return new KeysetOrder<>(more);
    }

    public String orderBy() {
        return String.join(
                ", ",
                columns.stream()
                        .map(c -> c.expression() + (c.descending() ? " desc" : " asc"))
                        .toList());
    }

    /**
     * The seek predicate {@code (a > :k0) or (a = :k0 and b > :k1) or ...}, written out rather than
     * as a row comparison so that columns may sort in different directions.
     */
    public Conditions after(Keyset keyset, Conditions conditions) {
        if (keyset.values().size() != columns.size()) {
            throw new IllegalArgumentException("keyset does not fit this order");
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(columns.get(j).expression() + " = :k" + j);
            }
            Column<E> column = columns.get(i);
            parts.add(column.expression() + (column.descending() ? " < :k" : " > :k") + i);
            alternatives.add("(" + String.join(" and ", parts) + ")");
        }
        Conditions seek = conditions.and("(" + String.join(" or ", alternatives) + ")");
        for (int i = 0; i < columns.size(); i++) {
            seek = seek.bind("k" + i, columns.get(i).parse().apply(keyset.value(i)));
        }
        return seek;
    }

    public Keyset keyOf(E entity) {
        return new Keyset(columns.stream()
                .map(c -> String.valueOf(c.value().apply(entity)))
                .toList());
    }
}
