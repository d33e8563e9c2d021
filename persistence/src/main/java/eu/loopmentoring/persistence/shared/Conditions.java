package eu.loopmentoring.persistence.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable conjunction of HQL predicates with their named parameters. */
public final class Conditions {

    private final List<String> predicates;
    private final Map<String, Object> parameters;

    private Conditions(List<String> predicates, Map<String, Object> parameters) {
        this.predicates = List.copyOf(predicates);
        this.parameters = Map.copyOf(parameters);
    }

    public static Conditions none() {
        return new Conditions(List.of(), Map.of());
    }

    public Conditions and(String predicate) {
        List<String> more = new ArrayList<>(predicates);
        more.add(predicate);
        return new Conditions(more, parameters);
    }

    public Conditions bind(String name, Object value) {
        Map<String, Object> more = new HashMap<>(parameters);
        more.put(name, value);
        return new Conditions(predicates, more);
    }

    /** Adds {@code predicate} binding {@code :name} only when the filter value is present. */
    public Conditions andIf(Optional<?> value, String predicate, String name) {
        return value.map(v -> and(predicate).bind(name, v)).orElse(this);
    }

    public String where() {
        return predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
