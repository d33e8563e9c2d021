package eu.loopmentoring.domain.resource;

import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of the metadata that the resource bank and the learning paths share (title, summary,
 * languages, topics), so that both catalogues take and refuse the same values with the same words.
 * Each check adds what is wrong to {@code errors}.
 */
public final class CatalogueRules {

    public static final int MIN_TITLE = 3;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_LANGUAGES = 10;
    public static final int MAX_TOPICS = 20;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CatalogueRules() {}

    public static void title(String title, List<FieldError> errors) {
        if (title == null || title.length() < MIN_TITLE || title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "must have " + MIN_TITLE + " to " + MAX_TITLE + " characters"));
        }
    }

    public static void summary(String summary, List<FieldError> errors) {
        if (summary.length() > MAX_SUMMARY) {
            errors.add(new FieldError("summary", "must have at most " + MAX_SUMMARY + " characters"));
        }
    }

    /** One to ten ISO 639-1 codes, each once, the main language first. */
    public static void languages(List<String> languages, List<FieldError> errors) {
        if (languages.isEmpty() || languages.size() > MAX_LANGUAGES) {
            errors.add(new FieldError(
                    "languages", "must name 1 to " + MAX_LANGUAGES + " languages, the main language first"));
        } else if (!languages.stream()
                .allMatch(l -> l != null && LANGUAGE.matcher(l).matches())) {
            errors.add(new FieldError("languages", "must be ISO 639-1 codes such as pt"));
        } else if (new HashSet<>(languages).size() != languages.size()) {
            errors.add(new FieldError("languages", "must not name a language twice"));
        }
    }

    /** At most twenty lower-case hyphenated keywords, each once. */
    public static void topics(List<String> topics, List<FieldError> errors) {
        if (topics.size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", "must name at most " + MAX_TOPICS + " topics"));
        } else if (!topics.stream()
                .allMatch(t -> t != null && t.length() <= 60 && SLUG.matcher(t).matches())) {
            errors.add(new FieldError("topics", "must be lower-case hyphenated keywords such as classroom-management"));
        } else if (new HashSet<>(topics).size() != topics.size()) {
            errors.add(new FieldError("topics", "must not name a topic twice"));
        }
    }
}
