package eu.loopmentoring.persistence.learningpath;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The stored form of a learner's record of one step, in the {@code steps} object of an
 * enrollment, times as ISO-8601 text. Its property names are a storage format: renaming one needs a
 * data migration.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record StepRecordDocument(
        String status,
        String evidenceText,
        List<String> evidenceLinks,
        String reflection,
        String startedAt,
        String doneAt) {}
