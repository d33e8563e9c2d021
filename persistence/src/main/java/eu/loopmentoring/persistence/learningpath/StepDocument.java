package eu.loopmentoring.persistence.learningpath;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The stored form of one step, in the {@code steps} column of a path version. Its property names
 * are a storage format: renaming one needs a data migration.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record StepDocument(
        String key,
        String kind,
        String title,
        String instructions,
        boolean required,
        String module,
        List<String> dependsOn,
        UUID resourceId,
        UUID methodId,
        String prompt,
        boolean evidenceRequested) {}
