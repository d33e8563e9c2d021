package eu.loopmentoring.api.platform.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Requests derived from a valid one by changing one thing: a property or parameter of the wrong
 * type, missing, out of its enum, too long, out of range, with a NUL character; malformed JSON,
 * an extra property, a foreign media type, no credentials. Body properties are changed at every
 * depth the valid body reaches, in nested objects and in the first item of arrays. Whether the
 * result is invalid is for the document's validator to say, except where {@link Call#invalid}
 * says so by construction.
 */
final class Mutations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String NUL = "\u0000";

    private final Call base;
    private final List<Call> out = new ArrayList<>();

    private Mutations(Call base) {
        this.base = base;
    }

    static List<Call> of(Call base) {
        Mutations mutations = new Mutations(base);
        mutations.parameters();
        mutations.body();
        if (base.headers.containsKey("Authorization")) {
            mutations.add("no credentials", null, false, call -> call.headers.remove("Authorization"));
        }
        return mutations.out;
    }

    private void add(String label, FaultClass fault, boolean invalid, Consumer<Call> change) {
        Call call = base.variant(label, fault, invalid);
        change.accept(call);
        out.add(call);
    }

    private void parameters() {
        for (Parameter parameter : base.op.parameters()) {
            String name = parameter.getName();
            Schema<?> schema = parameter.getSchema();
            String type = Values.type(schema);
            switch (parameter.getIn()) {
                case "path" -> {
                    if ("uuid".equals(schema.getFormat())) {
                        add("path " + name + " not a UUID", null, false, call -> call.path.put(name, "not-a-uuid"));
                    }
                    if (schema.getEnum() != null) {
                        add(
                                "path " + name + " outside its enum",
                                null,
                                false,
                                call -> call.path.put(name, "NOT_LISTED"));
                    }
                    if ("integer".equals(type)) {
                        add("path " + name + " not a number", null, false, call -> call.path.put(name, "abc"));
                    }
                }
                case "query" -> query(name, schema, type);
                case "header" -> {
                    if (schema.getMaxLength() != null) {
                        add(
                                "header " + name + " too long",
                                null,
                                false,
                                call -> call.headers.put(name, "h".repeat(schema.getMaxLength() + 1)));
                    }
                    if ("If-Match".equals(name)) {
                        add("header If-Match stale", null, false, call -> call.headers.put(name, "\"fuzz-stale\""));
                        add("header If-Match missing", null, false, call -> call.headers.remove(name));
                    }
                }
                default -> {}
            }
        }
    }

    private void query(String name, Schema<?> schema, String type) {
        switch (type) {
            case "integer" -> {
                addQuery(name, "not a number", FaultClass.PARAMETERS, "abc");
                addQuery(name, "a fraction", FaultClass.PARAMETERS, "1.5");
                if (schema.getMinimum() != null) {
                    addQuery(
                            name,
                            "below its minimum",
                            null,
                            schema.getMinimum().subtract(BigDecimal.ONE).toPlainString());
                }
                if (schema.getMaximum() != null) {
                    addQuery(
                            name,
                            "above its maximum",
                            null,
                            schema.getMaximum().add(BigDecimal.ONE).toPlainString());
                }
            }
            case "boolean" -> addQuery(name, "not a boolean", FaultClass.PARAMETERS, "maybe");
            default -> {
                if (schema.getEnum() != null) {
                    addQuery(name, "outside its enum", null, "NOT_LISTED");
                } else if ("uuid".equals(schema.getFormat())) {
                    addQuery(name, "not a UUID", null, "not-a-uuid");
                } else {
                    FaultClass search = "q".equals(name) ? FaultClass.OPERATOR_SEARCH : null;
                    addQuery(name, "with NUL", FaultClass.NUL_TEXT, "fuzz" + NUL);
                    if (schema.getMaxLength() != null) {
                        addQuery(name, "too long", search, "q".repeat(schema.getMaxLength() + 1));
                    }
                    if (search != null) {
                        addQuery(name, "of 33 hyphens", search, "-".repeat(33));
                        addQuery(name, "of operators", search, "!&|:*()<>'\"\\ -- !!");
                        addQuery(name, "very long", search, "mentor ".repeat(200));
                    }
                }
            }
        }
        add("query " + name + " repeated", FaultClass.PARAMETERS, true, call -> {
            call.query.removeIf(entry -> entry.getKey().equals(name));
            call.query.add(Map.entry(name, firstValue(schema)));
            call.query.add(Map.entry(name, firstValue(schema)));
        });
    }

    private static String firstValue(Schema<?> schema) {
        if (schema.getEnum() != null) {
            return String.valueOf(schema.getEnum().get(0));
        }
        return switch (Values.type(schema)) {
            case "integer" ->
                schema.getMinimum() == null ? "1" : schema.getMinimum().toPlainString();
            case "boolean" -> "true";
            default ->
                "uuid".equals(schema.getFormat()) ? java.util.UUID.randomUUID().toString() : "fuzz";
        };
    }

    private void addQuery(String name, String what, FaultClass fault, String value) {
        add("query " + name + " " + what, fault, false, call -> {
            call.query.removeIf(entry -> entry.getKey().equals(name));
            call.query.add(Map.entry(name, value));
        });
    }

    private void body() {
        if (base.op.body() == null) {
            return;
        }
        if (base.fields instanceof ObjectNode) {
            properties(base.op.body(), List.of());
            // RFC 6749 §3.2: the OAuth endpoints (the forms) must ignore parameters they do not know.
            if (!base.op.form()) {
                add("body with an extra property", null, false, call -> ((ObjectNode) call.fields).put("fuzzExtra", 1));
            }
            if (base.op.json()) {
                add("body a JSON array", FaultClass.LENIENT_TYPES, false, call -> call.raw = "[]");
            }
        }
        if (base.op.bodyRequired()) {
            add("body missing", null, false, call -> {
                call.fields = null;
                call.raw = null;
            });
        }
        if (base.op.json() || base.op.form()) {
            add("body malformed", null, true, call -> call.raw = base.op.json() ? "{\"fuzz\": " : "%%%\u0001{{");
        }
        if (!base.op.json() && !base.op.form()) {
            add("body with NUL", FaultClass.NUL_TEXT, false, call -> call.raw = base.body() + NUL);
        }
        add("content type text/plain", FaultClass.MEDIA_TYPES, true, call -> call.contentType = "text/plain");
        add("content type */*", FaultClass.MEDIA_TYPES, true, call -> call.contentType = "*/*");
        if (base.op.json()) {
            add(
                    "content type with an unknown charset",
                    FaultClass.MEDIA_TYPES,
                    true,
                    call -> call.contentType = "application/json; charset=klingon");
        } else {
            add("content type JSON", FaultClass.MEDIA_TYPES, false, call -> {
                call.contentType = "application/json";
                call.raw = "{}";
            });
        }
    }

    /** How deep mutations reach into a body: {@code steps[0].resourceId} is at depth 2. */
    private static final int DEPTH = 3;

    /**
     * Mutations of each property the valid body holds at {@code at} (the body itself when empty),
     * and of the properties of the objects and first array items within it, down to {@link #DEPTH}.
     */
    private void properties(Schema<?> schema, List<Object> at) {
        if (schema.getProperties() == null || !(node(base.fields, at) instanceof ObjectNode)) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (Boolean.TRUE.equals(property.getReadOnly())) {
                return;
            }
            List<Object> path = append(at, name);
            if (required.contains(name)) {
                add(
                        "body " + label(path) + " missing",
                        null,
                        false,
                        call -> ((ObjectNode) node(call.fields, at)).remove(name));
            }
            // A form has text only: types and null are JSON matters.
            if (base.op.form()) {
                form(path, property);
                return;
            }
            if (!Boolean.TRUE.equals(property.getNullable())) {
                set(path, "null", FaultClass.LENIENT_TYPES, JSON.nullNode());
            }
            property(path, property);
            if (path.size() < DEPTH) {
                nested(path, property);
            }
        });
    }

    private void nested(List<Object> path, Schema<?> property) {
        String type = Values.type(property);
        if ("object".equals(type)) {
            properties(property, path);
        } else if ("array".equals(type)
                && property.getItems() != null
                && node(base.fields, path) instanceof ArrayNode items
                && !items.isEmpty()) {
            properties(property.getItems(), append(path, 0));
        }
    }

    private void form(List<Object> path, Schema<?> property) {
        if (property.getEnum() != null) {
            set(path, "outside its enum", null, JSON.textNode("NOT_LISTED"));
        }
        set(path, "with NUL", FaultClass.NUL_TEXT, JSON.textNode("fuzz" + NUL + "text"));
        if (property.getMaxLength() != null) {
            set(path, "too long", null, JSON.textNode("x".repeat(property.getMaxLength() + 1)));
        }
    }

    private void property(List<Object> path, Schema<?> property) {
        if (property.getEnum() != null) {
            set(path, "outside its enum", null, JSON.textNode("NOT_LISTED"));
        }
        switch (Values.type(property)) {
            case "string" -> {
                set(path, "a number", FaultClass.LENIENT_TYPES, JSON.numberNode(123));
                set(path, "with NUL", FaultClass.NUL_TEXT, JSON.textNode("fuzz" + NUL + "text"));
                if (property.getMaxLength() != null) {
                    set(path, "too long", null, JSON.textNode("x".repeat(property.getMaxLength() + 1)));
                }
                if (property.getMinLength() != null && property.getMinLength() > 0) {
                    set(path, "empty", null, JSON.textNode(""));
                }
                if ("date-time".equals(property.getFormat())) {
                    set(path, "in year 294277", FaultClass.DATE_RANGE, JSON.textNode("+294277-01-01T00:00:00Z"));
                    set(path, "in year 9999", FaultClass.DATE_RANGE, JSON.textNode("9999-12-31T23:59:59Z"));
                } else if ("date".equals(property.getFormat())) {
                    set(path, "in year 5874898", FaultClass.DATE_RANGE, JSON.textNode("+5874898-01-01"));
                    set(path, "in year 9999", FaultClass.DATE_RANGE, JSON.textNode("9999-12-31"));
                }
            }
            case "integer" -> {
                set(path, "a string", FaultClass.LENIENT_TYPES, JSON.textNode("7"));
                set(path, "a fraction", FaultClass.LENIENT_TYPES, JSON.numberNode(1.5));
                range(path, property);
            }
            case "number" -> {
                set(path, "a string", FaultClass.LENIENT_TYPES, JSON.textNode("7"));
                range(path, property);
            }
            case "boolean" -> set(path, "a string", FaultClass.LENIENT_TYPES, JSON.textNode("true"));
            case "array" -> {
                set(path, "a string", FaultClass.LENIENT_TYPES, JSON.textNode("fuzz"));
                if (property.getMaxItems() != null && property.getItems() != null) {
                    set(path, "too many items", null, repeated(property.getMaxItems() + 1));
                }
            }
            default -> set(path, "a string", FaultClass.LENIENT_TYPES, JSON.textNode("fuzz"));
        }
    }

    private JsonNode repeated(int count) {
        var items = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            items.add("fuzz-" + i);
        }
        return items;
    }

    private void range(List<Object> path, Schema<?> property) {
        if (property.getMinimum() != null) {
            set(
                    path,
                    "below its minimum",
                    null,
                    JSON.numberNode(property.getMinimum().subtract(BigDecimal.ONE)));
        }
        if (property.getMaximum() != null) {
            set(
                    path,
                    "above its maximum",
                    null,
                    JSON.numberNode(property.getMaximum().add(BigDecimal.ONE)));
        }
    }

    /** Replaces the value at {@code path} (a property name or an array index last). */
    private void set(List<Object> path, String what, FaultClass fault, JsonNode value) {
        List<Object> parent = path.subList(0, path.size() - 1);
        Object last = path.getLast();
        add("body " + label(path) + " " + what, fault, false, call -> {
            JsonNode container = node(call.fields, parent);
            if (container instanceof ObjectNode object) {
                object.set((String) last, value);
            } else if (container instanceof ArrayNode array) {
                array.set((Integer) last, value);
            }
        });
    }

    /** The node at a path of property names and array indexes; missing when the body has none there. */
    private static JsonNode node(JsonNode root, List<Object> path) {
        JsonNode node = root == null ? MissingNode.getInstance() : root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** {@code steps[0].resourceId}, as violations name fields. */
    private static String label(List<Object> path) {
        StringBuilder label = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                label.append('[').append(index).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(step);
            }
        }
        return label.toString();
    }
}
