package eu.loopmentoring.api.platform.fuzzing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Valid values for the document's schemas: the schema's example first, then a value that honours
 * type, format, enum, length, range, items and required properties. Identifiers come from the
 * objects the run has made ({@code ids}: a property or parameter name to an id, or null).
 */
final class Values {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Strings tried, in order, against a pattern that has no example. */
    private static final List<String> PATTERN_CANDIDATES = List.of(
            "Fuzz text",
            "fuzz-text",
            "PT",
            "pt",
            "https://example.org/fuzz",
            "10:30",
            "fuzz@tests.loopmentoring.eu",
            "CC-BY-4.0",
            "fuzz");

    private final Random random;
    private final Function<String, String> ids;
    private int counter;

    Values(Random random, Function<String, String> ids) {
        this.random = random;
        this.ids = ids;
    }

    /** A value for {@code schema}; {@code full} fills optional properties too. */
    JsonNode of(Schema<?> schema, String name, boolean full) {
        if (schema == null) {
            return JSON.textNode("fuzz");
        }
        if ("uuid".equals(schema.getFormat()) && name != null && ids.apply(name) != null) {
            return JSON.textNode(ids.apply(name));
        }
        Object example = schema.getExample();
        if (example != null && !(example instanceof Map) && !(example instanceof List)) {
            return example(example, schema.getFormat());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return example(schema.getEnum().get(random.nextInt(schema.getEnum().size())), null);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, full);
            case "array" -> array(schema, name, full);
            case "integer" -> JSON.numberNode(number(schema).longValue());
            case "number" -> JSON.numberNode(number(schema));
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(string(schema, name));
        };
    }

    static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getProperties() != null || schema.getAdditionalProperties() != null) {
            return "object";
        }
        return schema.getItems() != null ? "array" : "string";
    }

    private ObjectNode object(Schema<?> schema, boolean full) {
        ObjectNode node = JSON.objectNode();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, propertySchema) -> {
                if (Boolean.TRUE.equals(propertySchema.getReadOnly())) {
                    return;
                }
                if (full || required.contains(property)) {
                    node.set(property, of(propertySchema, property, full));
                }
            });
        }
        if (full && schema.getProperties() == null && schema.getAdditionalProperties() instanceof Schema<?> values) {
            node.set("fuzz", of(values, "fuzz", false));
        }
        return node;
    }

    private ArrayNode array(Schema<?> schema, String name, boolean full) {
        ArrayNode node = JSON.arrayNode();
        Schema<?> items = schema.getItems();
        int size = Math.max(schema.getMinItems() == null ? 0 : schema.getMinItems(), full ? 1 : 0);
        if (schema.getMaxItems() != null) {
            size = Math.min(size, schema.getMaxItems());
        }
        String itemName = name != null && name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
        if (items != null && items.getEnum() != null) {
            List<?> choices = new ArrayList<>(items.getEnum());
            for (int i = 0; i < Math.min(size, choices.size()); i++) {
                node.add(example(choices.get(i), null));
            }
            return node;
        }
        for (int i = 0; i < size; i++) {
            JsonNode item = of(items, itemName, full);
            node.add(i > 0 && item.isTextual() && !item.asText().isEmpty() ? JSON.textNode(item.asText() + i) : item);
        }
        return node;
    }

    private BigDecimal number(Schema<?> schema) {
        BigDecimal min = schema.getMinimum();
        BigDecimal max = schema.getMaximum();
        BigDecimal value = min != null ? min : max != null ? max.min(BigDecimal.valueOf(3)) : BigDecimal.valueOf(3);
        if (min != null && Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
            value = value.add(BigDecimal.ONE);
        }
        if (max != null && value.compareTo(max) >= 0 && Boolean.TRUE.equals(schema.getExclusiveMaximum())) {
            value = max.subtract(BigDecimal.ONE);
        }
        return value;
    }

    String string(Schema<?> schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "uuid" -> {
                String known = name == null ? null : ids.apply(name);
                yield known != null ? known : UUID.randomUUID().toString();
            }
            case "date-time" ->
                OffsetDateTime.now(ZoneOffset.UTC)
                        .plusDays(7)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
            case "date" -> LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
            case "email" -> "fuzz-" + UUID.randomUUID() + "@tests.loopmentoring.eu";
            case "uri", "uri-reference" -> "https://example.org/fuzz/" + (++counter);
            case "password" -> "a long enough fuzzing password";
            default -> patterned(schema.getPattern());
        };
        if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
            value = value + "x".repeat(schema.getMinLength() - value.length());
        }
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            value = value.substring(0, schema.getMaxLength());
        }
        return value;
    }

    private static String patterned(String pattern) {
        if (pattern == null) {
            return "Fuzz text";
        }
        Pattern compiled = Pattern.compile(pattern);
        return PATTERN_CANDIDATES.stream()
                .filter(candidate -> compiled.matcher(candidate).find())
                .findFirst()
                .orElse("fuzz");
    }

    /** Examples as the parser read them (dates as java.util.Date, numbers as numbers) back to JSON. */
    private static JsonNode example(Object example, String format) {
        if (example instanceof Date date) {
            return JSON.textNode(
                    "date".equals(format)
                            ? LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC)
                                    .toString()
                            : date.toInstant().toString());
        }
        if (example instanceof OffsetDateTime time) {
            return JSON.textNode(time.toString());
        }
        return Json.mapper().valueToTree(example);
    }
}
