package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the author says about a resource, checked as a whole: every field that breaks a rule is
 * named at once, so that a form can mark them all. The fields map to Dublin Core and LRMI as the
 * README's resource bank section describes.
 */
public record ResourceMetadata(
        String title,
        String summary,
        String description,
        ResourceType type,
        String url,
        List<String> languages,
        String licence,
        Audience audience,
        Set<ProfileDimension> profileDimensions,
        Set<SchoolDimension> schoolDimensions,
        List<String> topics,
        Optional<Integer> estimatedMinutes,
        List<String> authors,
        Optional<UUID> organizationId,
        Optional<String> country) {

    /** The same content, owned by {@code organization}. */
    public ResourceMetadata ofOrganization(UUID organization) {
        return new ResourceMetadata(
                title,
                summary,
                description,
                type,
                url,
                languages,
                licence,
                audience,
                profileDimensions,
                schoolDimensions,
                topics,
                estimatedMinutes,
                authors,
                Optional.of(organization),
                country);
    }

    public static final int MIN_TITLE = CatalogueRules.MIN_TITLE;
    public static final int MAX_TITLE = CatalogueRules.MAX_TITLE;
    public static final int MAX_SUMMARY = CatalogueRules.MAX_SUMMARY;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_URL = 500;
    public static final int MAX_LANGUAGES = CatalogueRules.MAX_LANGUAGES;
    public static final int MAX_LICENCE = 64;
    public static final int MAX_TOPICS = CatalogueRules.MAX_TOPICS;
    public static final int MAX_MINUTES = 10_000;
    public static final int MAX_AUTHORS = 20;
    public static final int MAX_AUTHOR = 200;

    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public ResourceMetadata {
        title = title == null ? null : title.strip();
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        languages = languages == null ? List.of() : List.copyOf(languages);
        audience = audience == null ? Audience.EVERYONE : audience;
        profileDimensions =
                Enums.orderedSet(ProfileDimension.class, profileDimensions == null ? Set.of() : profileDimensions);
        schoolDimensions =
                Enums.orderedSet(SchoolDimension.class, schoolDimensions == null ? Set.of() : schoolDimensions);
        topics = topics == null ? List.of() : List.copyOf(topics);
        estimatedMinutes = Objects.requireNonNullElse(estimatedMinutes, Optional.empty());
        authors = authors == null
                ? List.of()
                : authors.stream().map(a -> a == null ? "" : a.strip()).toList();
        organizationId = Objects.requireNonNullElse(organizationId, Optional.empty());
        country = Objects.requireNonNullElse(country, Optional.empty());
        List<FieldError> errors = violations(
                title, summary, description, type, url, languages, licence, topics, estimatedMinutes, authors, country);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The main language: the first one named. */
    public String mainLanguage() {
        return languages.get(0);
    }

    private static List<FieldError> violations(
            String title,
            String summary,
            String description,
            ResourceType type,
            String url,
            List<String> languages,
            String licence,
            List<String> topics,
            Optional<Integer> estimatedMinutes,
            List<String> authors,
            Optional<String> country) {
        List<FieldError> errors = new ArrayList<>();
        CatalogueRules.title(title, errors);
        CatalogueRules.summary(summary, errors);
        if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "must have at most " + MAX_DESCRIPTION + " characters"));
        }
        if (type == null) {
            errors.add(new FieldError("type", "is required"));
        }
        if (url == null || url.length() > MAX_URL || !URL.matcher(url).matches()) {
            errors.add(new FieldError("url", "must be an http or https address of at most " + MAX_URL + " characters"));
        }
        CatalogueRules.languages(languages, errors);
        if (licence == null
                || licence.length() > MAX_LICENCE
                || !LICENCE.matcher(licence).matches()) {
            errors.add(new FieldError("licence", "must be an SPDX or Creative Commons identifier such as CC-BY-4.0"));
        }
        CatalogueRules.topics(topics, errors);
        if (estimatedMinutes.isPresent() && (estimatedMinutes.get() < 1 || estimatedMinutes.get() > MAX_MINUTES)) {
            errors.add(new FieldError("estimatedMinutes", "must be between 1 and " + MAX_MINUTES));
        }
        if (authors.isEmpty() || authors.size() > MAX_AUTHORS) {
            errors.add(new FieldError("authors", "must name 1 to " + MAX_AUTHORS + " authors"));
        } else if (!authors.stream().allMatch(a -> !a.isEmpty() && a.length() <= MAX_AUTHOR)) {
            errors.add(new FieldError("authors", "must each have 1 to " + MAX_AUTHOR + " characters"));
        }
        if (country.isPresent() && !COUNTRY.matcher(country.get()).matches()) {
            errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 code such as PT"));
        }
        return errors;
    }
}
