package eu.loopmentoring.persistence.resource;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The stored form of a resource's content in a revision ({@code resource_revision.content}). Its
 * property names are a storage format: renaming one needs a data migration. It never holds who
 * changed the resource, so that erasing a person leaves nothing of them in a snapshot.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record ContentDocument(
        String title,
        String summary,
        String description,
        String type,
        String url,
        List<String> languages,
        String licence,
        List<String> targetGroups,
        List<String> careerStages,
        List<String> schoolLevels,
        List<String> profileDimensions,
        List<String> schoolDimensions,
        List<String> topics,
        Integer estimatedMinutes,
        List<String> authors,
        UUID organizationId,
        String country) {}
