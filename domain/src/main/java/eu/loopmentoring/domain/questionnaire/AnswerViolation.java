package eu.loopmentoring.domain.questionnaire;

import java.util.Objects;

/** What is wrong with the answer to one item; {@code message} tells the person what to fix. */
public record AnswerViolation(String itemKey, String message) {

    public AnswerViolation {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(message, "message");
    }
}
