package eu.loopmentoring.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question. Its {@code key} is a stable slug, unique in the questionnaire and kept across
 * versions so that answers to two versions can be compared. Whether the combination of kind,
 * scoring and options is allowed is checked with the whole content ({@link QuestionnaireContent#violations()}).
 */
public record Item(
        String key,
        ItemKind kind,
        String text,
        Optional<String> helpText,
        boolean required,
        boolean scored,
        boolean reverseScored,
        List<ChoiceOption> options,
        Optional<Integer> maxSelections,
        Optional<Integer> maxLength) {

    public static final int LIKERT_MIN = 1;
    public static final int LIKERT_MAX = 5;
    public static final int MAX_TEXT_LENGTH = 2000;

    public Item {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(helpText, "helpText");
        options = List.copyOf(options);
        Objects.requireNonNull(maxSelections, "maxSelections");
        Objects.requireNonNull(maxLength, "maxLength");
    }

    public static Item likert(String key, String text, boolean required, boolean scored, boolean reverseScored) {
        return new Item(
                key,
                ItemKind.LIKERT,
                text,
                Optional.empty(),
                required,
                scored,
                reverseScored,
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public static Item singleChoice(
            String key, String text, boolean required, boolean scored, ChoiceOption... options) {
        return new Item(
                key,
                ItemKind.SINGLE_CHOICE,
                text,
                Optional.empty(),
                required,
                scored,
                false,
                List.of(options),
                Optional.empty(),
                Optional.empty());
    }

    public static Item multipleChoice(
            String key, String text, boolean scored, Optional<Integer> maxSelections, ChoiceOption... options) {
        return new Item(
                key,
                ItemKind.MULTIPLE_CHOICE,
                text,
                Optional.empty(),
                false,
                scored,
                false,
                List.of(options),
                maxSelections,
                Optional.empty());
    }

    public static Item freeText(String key, String text, Optional<Integer> maxLength) {
        return new Item(
                key,
                ItemKind.FREE_TEXT,
                text,
                Optional.empty(),
                false,
                false,
                false,
                List.of(),
                Optional.empty(),
                maxLength);
    }

    /** The longest free-text answer accepted. */
    public int effectiveMaxLength() {
        return maxLength.orElse(MAX_TEXT_LENGTH);
    }

    public Optional<ChoiceOption> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }
}
