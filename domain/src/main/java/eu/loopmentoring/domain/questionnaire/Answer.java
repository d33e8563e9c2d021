package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The answer to one item, one kind for each kind of item. */
public sealed interface Answer permits Answer.Likert, Answer.Choice, Answer.Choices, Answer.Text {

    String itemKey();

    /** Agreement from 1 to 5. */
    record Likert(String itemKey, int value) implements Answer {
        public Likert {
            Objects.requireNonNull(itemKey, "itemKey");
        }
    }

    /** The value of the option chosen in a single-choice item. */
    record Choice(String itemKey, String value) implements Answer {
        public Choice {
            Objects.requireNonNull(itemKey, "itemKey");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The values of the options chosen in a multiple-choice item. */
    record Choices(String itemKey, List<String> values) implements Answer {
        public Choices {
            Objects.requireNonNull(itemKey, "itemKey");
            values = List.copyOf(values);
        }
    }

    /** A free-text answer. */
    record Text(String itemKey, String value) implements Answer {
        public Text {
            Objects.requireNonNull(itemKey, "itemKey");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The answer from a transport form that has one property per kind, of which exactly one must
     * be present; otherwise an {@link InvalidInputException} naming {@code path}.
     */
    static Answer of(String path, String itemKey, Integer likert, String choice, List<String> choices, String text) {
        List<Answer> given = new ArrayList<>();
        if (likert != null) {
            given.add(new Likert(itemKey, likert));
        }
        if (choice != null) {
            given.add(new Choice(itemKey, choice));
        }
        if (choices != null) {
            given.add(new Choices(itemKey, choices));
        }
        if (text != null) {
            given.add(new Text(itemKey, text));
        }
        if (itemKey == null || given.size() != 1) {
            throw InvalidInputException.of(path, "give itemKey and exactly one of likert, choice, choices or text");
        }
        return given.get(0);
    }
}
