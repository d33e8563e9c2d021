package eu.loopmentoring.persistence.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The stored form of a questionnaire's sections and items, in the {@code content} column. Its
 * property names are a storage format: renaming one needs a data migration.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record QuestionnaireDocument(List<SectionDocument> sections) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SectionDocument(String dimension, String title, String description, List<ItemDocument> items) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemDocument(
            String key,
            String kind,
            String text,
            String helpText,
            boolean required,
            boolean scored,
            boolean reverseScored,
            List<OptionDocument> options,
            Integer maxSelections,
            Integer maxLength) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OptionDocument(String value, String label, Integer points) {}
}
