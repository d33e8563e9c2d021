package eu.loopmentoring.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The requests the committed document declares, read from it so that tests generate their inputs
 * over every operation, parameter and body property rather than list examples.
 */
public final class RequestSchemas {

    private static final JsonNode DOCUMENT = Api.committedDocument();
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private RequestSchemas() {}

    /** One operation of the document. */
    public record Operation(String method, String path, JsonNode definition) {

        /** The path with every parameter filled in with a well-formed value of its type. */
        public String concretePath() {
            return concretePath("", "");
        }

        /** The path with {@code name} set to {@code raw} (as sent) and every other parameter well-formed. */
        public String concretePath(String name, String raw) {
            String concrete = path.replace("{" + name + "}", raw);
            for (Parameter parameter : parameters()) {
                if (parameter.in().equals("path")) {
                    String value = parameter.schema().has("enum")
                            ? parameter.schema().path("enum").get(0).asText()
                            : parameter.schema().path("type").asText().equals("integer")
                                    ? "1"
                                    : UUID.randomUUID().toString();
                    concrete = concrete.replace("{" + parameter.name() + "}", value);
                }
            }
            return concrete;
        }

        public List<Parameter> parameters() {
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode node : DOCUMENT.path("paths").path(path).path("parameters")) {
                parameters.add(Parameter.of(resolve(node)));
            }
            for (JsonNode node : definition.path("parameters")) {
                parameters.add(Parameter.of(resolve(node)));
            }
            return parameters;
        }

        /** The JSON request body's schema, resolved; missing when the operation takes none. */
        public JsonNode jsonBody() {
            return resolve(resolve(definition.path("requestBody"))
                    .path("content")
                    .path("application/json")
                    .path("schema"));
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    public record Parameter(String name, String in, JsonNode schema) {

        /** A query parameter of any text: a string without enumeration, pattern or format. */
        public boolean isFreeText() {
            return in.equals("query")
                    && schema.path("type").asText().equals("string")
                    && !schema.has("enum")
                    && !schema.has("pattern")
                    && !schema.has("format");
        }

        static Parameter of(JsonNode node) {
            return new Parameter(node.path("name").asText(), node.path("in").asText(), resolve(node.path("schema")));
        }
    }

    /**
     * A place in a request body a client writes: its path from the root (property names and array
     * indexes) and its schema. Objects and arrays are places too, and so is the item of an array.
     */
    public record Property(List<Object> path, JsonNode schema) {

        /** How a problem names the place: {@code goals[0].targetDate}. */
        public String field() {
            StringBuilder field = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    field.append('[').append(index).append(']');
                } else {
                    field.append(field.isEmpty() ? "" : ".").append(step);
                }
            }
            return field.toString();
        }

        public String type() {
            return schema.path("type").asText("object");
        }

        public String format() {
            return schema.path("format").asText("");
        }

        /** A body holding {@code value} at this place and nothing else. */
        public JsonNode bodyWith(JsonNode value) {
            JsonNode node = value;
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof Integer) {
                    node = JsonNodeFactory.instance.arrayNode().add(node);
                } else {
                    node = JsonNodeFactory.instance.objectNode().set((String) path.get(i), node);
                }
            }
            return node;
        }
    }

    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        DOCUMENT.path("paths").properties().forEach(path -> {
            for (String method : METHODS) {
                JsonNode definition = path.getValue().path(method);
                if (!definition.isMissingNode()) {
                    operations.add(new Operation(method, path.getKey(), definition));
                }
            }
        });
        return operations;
    }

    /** Every place a client writes in the body's schema (read-only ones left out). */
    public static List<Property> properties(JsonNode schema) {
        List<Property> properties = new ArrayList<>();
        collect(schema, List.of(), properties, 0);
        return properties;
    }

    private static void collect(JsonNode schema, List<Object> path, List<Property> into, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.path("readOnly").asBoolean(false) || depth > 8) {
            return;
        }
        if (!path.isEmpty()) {
            into.add(new Property(path, resolved));
        }
        for (JsonNode part : resolved.path("allOf")) {
            collect(part, path, into, depth + 1);
        }
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            collect(property.getValue(), append(path, property.getKey()), into, depth + 1);
        }
        if (resolved.has("items")) {
            collect(resolved.path("items"), append(path, 0), into, depth + 1);
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> next = new ArrayList<>(path);
        next.add(step);
        return List.copyOf(next);
    }

    /** {@code node} with its {@code $ref}s followed (local references of the bundled document). */
    public static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = DOCUMENT.at(current.path("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.size() == 1 && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    /** The schema's example, or an empty object. */
    public static ObjectNode example(JsonNode schema) {
        JsonNode example = resolve(schema).path("example");
        return example.isObject() ? ((ObjectNode) example).deepCopy() : JsonNodeFactory.instance.objectNode();
    }
}
