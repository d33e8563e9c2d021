package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What administrators write in a draft: title, introduction, language and one section per
 * dimension at the most. {@link #violations()} lists everything that keeps it from being saved,
 * each with its path ({@code sections[2].items[0].options}).
 */
public record QuestionnaireContent(String title, String introduction, String language, List<Section> sections) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_INTRODUCTION_LENGTH = 4000;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_ITEMS_PER_SECTION = 50;
    public static final int MAX_ITEM_TEXT_LENGTH = 1000;
    public static final int MAX_LABEL_LENGTH = 300;
    public static final int MAX_SLUG_LENGTH = 60;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_POINTS = 4;
    /** Scored items each scored dimension needs before a version is published. */
    public static final int MIN_SCORED_ITEMS = 3;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public QuestionnaireContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        Objects.requireNonNull(language, "language");
        sections = List.copyOf(sections);
    }

    /** An empty draft's content: a title, English, no sections yet. */
    public static QuestionnaireContent empty(String title) {
        return new QuestionnaireContent(title, "", "en", List.of());
    }

    public QuestionnaireContent withTitle(String newTitle) {
        return new QuestionnaireContent(newTitle, introduction, language, sections);
    }

    public Optional<Section> section(ProfileDimension dimension) {
        return sections.stream().filter(s -> s.dimension() == dimension).findFirst();
    }

    /** Every item, section by section. */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** Throws when the content cannot be saved as a draft, naming every problem. */
    public QuestionnaireContent checked() {
        List<FieldError> problems = violations();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }

    /** Every rule a draft breaks, each with its path; empty when it can be saved. */
    public List<FieldError> violations() {
        List<FieldError> problems = new ArrayList<>();
        text(problems, "title", title, 1, MAX_TITLE_LENGTH);
        text(problems, "introduction", introduction, 0, MAX_INTRODUCTION_LENGTH);
        if (!LANGUAGE.matcher(language).matches()) {
            problems.add(new FieldError("language", "must be an ISO 639-1 code such as en"));
        }
        Map<ProfileDimension, Integer> dimensions = new EnumMap<>(ProfileDimension.class);
        Map<String, String> keys = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String path = "sections[" + s + "]";
            Integer earlier = dimensions.putIfAbsent(section.dimension(), s);
            if (earlier != null) {
                problems.add(new FieldError(
                        path + ".dimension",
                        section.dimension() + " already has a section (sections[" + earlier
                                + "]): a dimension appears once"));
            }
            text(problems, path + ".title", section.title(), 1, MAX_TITLE_LENGTH);
            text(problems, path + ".description", section.description(), 0, MAX_DESCRIPTION_LENGTH);
            if (section.items().size() > MAX_ITEMS_PER_SECTION) {
                problems.add(new FieldError(path + ".items", "must have at most " + MAX_ITEMS_PER_SECTION + " items"));
            }
            for (int i = 0; i < section.items().size(); i++) {
                Item item = section.items().get(i);
                String itemPath = path + ".items[" + i + "]";
                String other = keys.putIfAbsent(item.key(), itemPath);
                if (other != null) {
                    problems.add(new FieldError(
                            itemPath + ".key",
                            item.key() + " is also the key of " + other + ": keys are unique in a questionnaire"));
                }
                item(problems, itemPath, item, section.dimension());
            }
        }
        return List.copyOf(problems);
    }

    /**
     * What keeps the content from being published, one line per dimension: every scored
     * dimension needs at least {@value #MIN_SCORED_ITEMS} scored items.
     */
    public List<String> publicationShortfalls() {
        List<String> shortfalls = new ArrayList<>();
        for (ProfileDimension dimension : ProfileDimension.values()) {
            if (!dimension.isScored()) {
                continue;
            }
            long scored = section(dimension).map(Section::scoredItemCount).orElse(0L);
            if (scored < MIN_SCORED_ITEMS) {
                shortfalls.add(dimension + " has " + scored + " scored item" + (scored == 1 ? "" : "s")
                        + (section(dimension).isEmpty() ? " (no section)" : "")
                        + ", needs at least " + MIN_SCORED_ITEMS);
            }
        }
        return List.copyOf(shortfalls);
    }

    private static void item(List<FieldError> problems, String path, Item item, ProfileDimension dimension) {
        slug(problems, path + ".key", item.key());
        text(problems, path + ".text", item.text(), 1, MAX_ITEM_TEXT_LENGTH);
        item.helpText().ifPresent(help -> text(problems, path + ".helpText", help, 0, MAX_ITEM_TEXT_LENGTH));
        if (item.scored() && item.kind() == ItemKind.FREE_TEXT) {
            problems.add(new FieldError(path + ".scored", "free-text items are never scored"));
        } else if (item.scored() && !dimension.isScored()) {
            problems.add(new FieldError(path + ".scored", dimension + " is descriptive: its items are never scored"));
        }
        if (item.reverseScored() && !(item.scored() && item.kind() == ItemKind.LIKERT)) {
            problems.add(new FieldError(path + ".reverseScored", "only scored Likert items can be reverse-scored"));
        }
        if (item.kind().isChoice()) {
            options(problems, path, item);
        } else if (!item.options().isEmpty()) {
            problems.add(new FieldError(path + ".options", "only choice items have options"));
        }
        item.maxSelections().ifPresent(max -> {
            if (item.kind() != ItemKind.MULTIPLE_CHOICE) {
                problems.add(new FieldError(path + ".maxSelections", "only multiple-choice items limit selections"));
            } else if (max < 1 || max > item.options().size()) {
                problems.add(new FieldError(
                        path + ".maxSelections",
                        "must be from 1 to the number of options ("
                                + item.options().size() + ")"));
            }
        });
        item.maxLength().ifPresent(max -> {
            if (item.kind() != ItemKind.FREE_TEXT) {
                problems.add(new FieldError(path + ".maxLength", "only free-text items have a maximum length"));
            } else if (max < 1 || max > Item.MAX_TEXT_LENGTH) {
                problems.add(new FieldError(path + ".maxLength", "must be from 1 to " + Item.MAX_TEXT_LENGTH));
            }
        });
    }

    private static void options(List<FieldError> problems, String path, Item item) {
        List<ChoiceOption> options = item.options();
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.add(new FieldError(
                    path + ".options", "a choice item has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options"));
        }
        Set<String> values = new HashSet<>();
        boolean somePoints = false;
        for (int o = 0; o < options.size(); o++) {
            ChoiceOption option = options.get(o);
            String optionPath = path + ".options[" + o + "]";
            slug(problems, optionPath + ".value", option.value());
            if (!values.add(option.value())) {
                problems.add(new FieldError(
                        path + ".options", option.value() + " appears twice: option values are unique in an item"));
            }
            text(problems, optionPath + ".label", option.label(), 1, MAX_LABEL_LENGTH);
            if (item.scored()) {
                if (option.points().isEmpty()) {
                    problems.add(new FieldError(optionPath + ".points", "a scored item gives points to every option"));
                } else if (option.points().get() < 0 || option.points().get() > MAX_POINTS) {
                    problems.add(new FieldError(optionPath + ".points", "must be from 0 to " + MAX_POINTS));
                } else {
                    somePoints |= option.points().get() > 0;
                }
            } else if (option.points().isPresent()) {
                problems.add(new FieldError(optionPath + ".points", "only the options of a scored item carry points"));
            }
        }
        if (item.scored()
                && !somePoints
                && options.stream().allMatch(o -> o.points().isPresent())) {
            problems.add(new FieldError(path + ".options", "a scored item gives more than 0 points to some option"));
        }
    }

    private static void slug(List<FieldError> problems, String path, String value) {
        if (value.length() > MAX_SLUG_LENGTH || !SLUG.matcher(value).matches()) {
            problems.add(new FieldError(
                    path,
                    "must be a slug of lower-case letters, digits and single hyphens, at most " + MAX_SLUG_LENGTH
                            + " characters (pc-learner-agency)"));
        }
    }

    private static void text(List<FieldError> problems, String path, String value, int min, int max) {
        if (value.length() > max || (min > 0 && value.isBlank())) {
            problems.add(new FieldError(
                    path,
                    min > 0
                            ? "must have 1 to " + max + " characters, not only spaces"
                            : "must have at most " + max + " characters"));
        }
    }
}
