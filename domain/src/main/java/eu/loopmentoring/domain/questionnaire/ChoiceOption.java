package eu.loopmentoring.domain.questionnaire;

import java.util.Objects;
import java.util.Optional;

/** One option of a choice item; {@code points} (0 to 4) on every option of a scored item. */
public record ChoiceOption(String value, String label, Optional<Integer> points) {

    public ChoiceOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(points, "points");
    }

    public static ChoiceOption of(String value, String label) {
        return new ChoiceOption(value, label, Optional.empty());
    }

    public static ChoiceOption of(String value, String label, int points) {
        return new ChoiceOption(value, label, Optional.of(points));
    }
}
