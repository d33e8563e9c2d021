package eu.loopmentoring.api.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceImports.Row;
import eu.loopmentoring.domain.resource.ResourceMetadata;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.openapi.v1.model.ResourceContentDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a bulk import file into rows. CSV: a header row naming {@code ResourceContent}'s fields
 * (audience lists as {@code targetGroups}, {@code careerStages}, {@code schoolLevels}), lists
 * separated by {@code ;}, empty cells left out. JSON Lines: one {@code ResourceContent} object a
 * line, blank lines skipped (rows keep their line numbers). Each row is checked as the contract
 * checks a request body, then by the resource model; its violations name the fields. A CSV row
 * that cannot be read (an unclosed quote) ends the reading: it is reported, and the rows before
 * it are imported.
 */
@ApplicationScoped
public class ResourceImportFiles {

    private static final Set<String> LISTS =
            Set.of("languages", "topics", "authors", "profileDimensions", "schoolDimensions");
    private static final Set<String> AUDIENCE = Set.of("targetGroups", "careerStages", "schoolLevels");
    private static final Set<String> TEXTS =
            Set.of("title", "summary", "description", "type", "url", "licence", "country", "organizationId");

    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();
    private final Validator validator;
    private final ResourceDtoMapper mapper;

    ResourceImportFiles(ObjectMapper json, Validator validator, ResourceDtoMapper mapper) {
        this.json = json;
        this.validator = validator;
        this.mapper = mapper;
    }

    public List<Row> rows(ResourceImportJob job) {
        return rows(job.format(), job.content());
    }

    public List<Row> rows(ResourceImportJob.Format format, String content) {
        return format == ResourceImportJob.Format.CSV ? csvRows(content) : jsonLines(content);
    }

    private List<Row> csvRows(String content) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        try (MappingIterator<Map<String, String>> values = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(content)) {
            while (number < ResourceImportJob.MAX_ROWS + 1) {
                number++;
                try {
                    if (!values.hasNextValue()) {
                        break;
                    }
                    Map<String, String> cells = values.nextValue();
                    rows.add(new Row(number, () -> metadata(fromCells(cells))));
                } catch (IOException | RuntimeException e) {
                    rows.add(invalid(
                            number,
                            "row",
                            "is not well-formed CSV; this row and the rest of the file were" + " not read"));
                    break;
                }
            }
        } catch (IOException e) {
            rows.add(invalid(number, "row", "is not well-formed CSV"));
        }
        return rows;
    }

    private List<Row> jsonLines(String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            rows.add(new Row(number, () -> {
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw InvalidInputException.of("row", "is not one JSON object");
                }
                if (node == null || !node.isObject()) {
                    throw InvalidInputException.of("row", "is not one JSON object");
                }
                return metadata((ObjectNode) node);
            }));
        }
        return rows;
    }

    private static Row invalid(int number, String field, String message) {
        return new Row(number, () -> {
            throw InvalidInputException.of(field, message);
        });
    }

    /** A CSV row as the JSON body it stands for. */
    private ObjectNode fromCells(Map<String, String> cells) {
        ObjectNode node = json.createObjectNode();
        ObjectNode audience = node.putObject("audience");
        AUDIENCE.forEach(audience::putArray);
        List<FieldError> unknown = new ArrayList<>();
        cells.forEach((column, raw) -> {
            String name = column.strip();
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                return;
            }
            if (LISTS.contains(name)) {
                split(node.putArray(name), value);
            } else if (AUDIENCE.contains(name)) {
                split(audience.putArray(name), value);
            } else if (name.equals("estimatedMinutes")) {
                try {
                    node.put(name, Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    unknown.add(new FieldError(name, "must be a whole number of minutes"));
                }
            } else if (TEXTS.contains(name)) {
                node.put(name, value);
            } else {
                unknown.add(new FieldError(name, "is not a column of the import"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return node;
    }

    private static void split(ArrayNode array, String value) {
        for (String item : value.split(";")) {
            if (!item.isBlank()) {
                array.add(item.strip());
            }
        }
    }

    /** The row checked as a request body would be (the contract's constraints), then by the model. */
    private ResourceMetadata metadata(ObjectNode node) {
        ResourceContentDto content;
        try {
            content = json.treeToValue(node, ResourceContentDto.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            throw InvalidInputException.of(
                    field.isEmpty() ? "row" : field, "has a value of the wrong type or not allowed");
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("row", "cannot be read");
        }
        Set<ConstraintViolation<ResourceContentDto>> violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList());
        }
        return mapper.toDomain(content);
    }
}
