package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A partial change of a resource's metadata: each present value replaces the current one, lists
 * and sets replace whole. The result is checked as a whole, like a new resource.
 */
public record ResourceChanges(
        Optional<String> title,
        Optional<String> summary,
        Optional<String> description,
        Optional<ResourceType> type,
        Optional<String> url,
        Optional<List<String>> languages,
        Optional<String> licence,
        Optional<Audience> audience,
        Optional<Set<ProfileDimension>> profileDimensions,
        Optional<Set<SchoolDimension>> schoolDimensions,
        Optional<List<String>> topics,
        Optional<Integer> estimatedMinutes,
        Optional<List<String>> authors,
        Optional<UUID> organizationId,
        Optional<String> country) {

    public ResourceChanges {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(profileDimensions, "profileDimensions");
        Objects.requireNonNull(schoolDimensions, "schoolDimensions");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(estimatedMinutes, "estimatedMinutes");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(country, "country");
    }

    /** The metadata with the changes applied, and the names of the fields whose value changed. */
    public record Applied(ResourceMetadata metadata, List<String> changedFields) {}

    public Applied applyTo(ResourceMetadata current) {
        ResourceMetadata next = new ResourceMetadata(
                title.orElse(current.title()),
                summary.orElse(current.summary()),
                description.orElse(current.description()),
                type.orElse(current.type()),
                url.orElse(current.url()),
                languages.orElse(current.languages()),
                licence.orElse(current.licence()),
                audience.orElse(current.audience()),
                profileDimensions.orElse(current.profileDimensions()),
                schoolDimensions.orElse(current.schoolDimensions()),
                topics.orElse(current.topics()),
                estimatedMinutes.or(current::estimatedMinutes),
                authors.orElse(current.authors()),
                organizationId.or(current::organizationId),
                country.or(current::country));
        return new Applied(next, changedFields(current, next));
    }

    /** The names of the fields (as on the wire) whose value differs between two versions. */
    public static List<String> changedFields(ResourceMetadata before, ResourceMetadata after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before.title(), after.title());
        compare(changed, "summary", before.summary(), after.summary());
        compare(changed, "description", before.description(), after.description());
        compare(changed, "type", before.type(), after.type());
        compare(changed, "url", before.url(), after.url());
        compare(changed, "languages", before.languages(), after.languages());
        compare(changed, "licence", before.licence(), after.licence());
        compare(changed, "audience", before.audience(), after.audience());
        compare(changed, "profileDimensions", before.profileDimensions(), after.profileDimensions());
        compare(changed, "schoolDimensions", before.schoolDimensions(), after.schoolDimensions());
        compare(changed, "topics", before.topics(), after.topics());
        compare(changed, "estimatedMinutes", before.estimatedMinutes(), after.estimatedMinutes());
        compare(changed, "authors", before.authors(), after.authors());
        compare(changed, "organizationId", before.organizationId(), after.organizationId());
        compare(changed, "country", before.country(), after.country());
        return List.copyOf(changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
