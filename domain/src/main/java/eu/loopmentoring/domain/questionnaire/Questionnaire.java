package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One version of the profile questionnaire. Administrators prepare a draft, changing its content
 * as often as needed ({@code revision} guards against lost updates); publishing gives it the next
 * version number, and from then on it never changes.
 */
public record Questionnaire(
        UUID id,
        Optional<Integer> versionNumber,
        QuestionnaireStatus status,
        QuestionnaireContent content,
        Instant createdAt,
        Optional<Instant> publishedAt,
        long revision) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(versionNumber, "versionNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if ((status == QuestionnaireStatus.PUBLISHED) != versionNumber.isPresent()
                || versionNumber.isPresent() != publishedAt.isPresent()) {
            throw new IllegalArgumentException("a published questionnaire, and only it, has a version number and date");
        }
    }

    /** A new draft; its content must be valid. */
    public static Questionnaire draft(QuestionnaireContent content, Instant now) {
        return new Questionnaire(
                UUID.randomUUID(),
                Optional.empty(),
                QuestionnaireStatus.DRAFT,
                content.checked(),
                now,
                Optional.empty(),
                0);
    }

    public boolean isPublished() {
        return status == QuestionnaireStatus.PUBLISHED;
    }

    public String title() {
        return content.title();
    }

    public String introduction() {
        return content.introduction();
    }

    public String language() {
        return content.language();
    }

    public List<Section> sections() {
        return content.sections();
    }

    public Optional<Item> item(String key) {
        return content.items().stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The draft with new content, checked; a published questionnaire never changes. */
    /** The dimension of the section the item is in. */
    public Optional<ProfileDimension> dimensionOf(String itemKey) {
        return sections().stream()
                .filter(section ->
                        section.items().stream().anyMatch(item -> item.key().equals(itemKey)))
                .map(Section::dimension)
                .findFirst();
    }

    public Questionnaire replace(QuestionnaireContent newContent) {
        requireDraft("changed");
        return new Questionnaire(id, versionNumber, status, newContent.checked(), createdAt, publishedAt, revision);
    }

    /** The draft, published as version {@code number}; it must have enough scored items in every scored dimension. */
    public Questionnaire publish(int number, Instant now) {
        checkPublishable();
        return new Questionnaire(
                id, Optional.of(number), QuestionnaireStatus.PUBLISHED, content, createdAt, Optional.of(now), revision);
    }

    /** Throws unless this is a draft that may be published now. */
    public void checkPublishable() {
        requireDraft("published again");
        List<String> shortfalls = content.publicationShortfalls();
        if (!shortfalls.isEmpty()) {
            throw new RuleViolationException("Every scored dimension needs at least "
                    + QuestionnaireContent.MIN_SCORED_ITEMS + " scored items before publishing: "
                    + String.join("; ", shortfalls) + ".");
        }
    }

    /** Throws unless this is a draft. */
    public void requireDraft(String what) {
        if (isPublished()) {
            throw new ConflictException("Version " + versionNumber.orElseThrow()
                    + " of the questionnaire is published and cannot be " + what
                    + ". Start a new draft based on it instead.");
        }
    }

    /**
     * What is wrong with these answers, item by item; empty when they are fine. When
     * {@code submitting}, every required item must be answered too.
     */
    public List<AnswerViolation> validate(List<Answer> answers, boolean submitting) {
        List<AnswerViolation> violations = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (Answer answer : answers) {
            if (!answered.add(answer.itemKey())) {
                duplicates.add(answer.itemKey());
                continue;
            }
            Optional<Item> item = item(answer.itemKey());
            if (item.isEmpty()) {
                violations.add(new AnswerViolation(
                        answer.itemKey(), answer.itemKey() + " is not an item of this questionnaire"));
            } else {
                check(item.get(), answer)
                        .ifPresent(message -> violations.add(new AnswerViolation(answer.itemKey(), message)));
            }
        }
        duplicates.forEach(key ->
                violations.add(new AnswerViolation(key, key + " is answered more than once: answer each item once")));
        if (submitting) {
            for (Item item : content.items()) {
                if (item.required() && !answered.contains(item.key())) {
                    violations.add(new AnswerViolation(item.key(), item.key() + " is required: answer it"));
                }
            }
        }
        return List.copyOf(violations);
    }

    /** Throws an {@link InvalidInputException} naming each item whose answer is wrong. */
    public void requireValid(List<Answer> answers, boolean submitting) {
        List<AnswerViolation> violations = validate(answers, submitting);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new InvalidInputException.FieldError(v.itemKey(), v.message()))
                    .toList());
        }
    }

    private static Optional<String> check(Item item, Answer answer) {
        String key = item.key();
        return switch (item.kind()) {
            case LIKERT ->
                answer instanceof Answer.Likert likert
                                && likert.value() >= Item.LIKERT_MIN
                                && likert.value() <= Item.LIKERT_MAX
                        ? Optional.empty()
                        : Optional.of(key + " is a Likert item: give likert from " + Item.LIKERT_MIN + " to "
                                + Item.LIKERT_MAX);
            case SINGLE_CHOICE -> {
                if (!(answer instanceof Answer.Choice choice)) {
                    yield Optional.of(key + " is a single-choice item: give choice, one of " + values(item));
                }
                yield item.option(choice.value()).isPresent()
                        ? Optional.empty()
                        : Optional.of(key + " does not offer " + choice.value() + ": choose one of " + values(item));
            }
            case MULTIPLE_CHOICE -> {
                if (!(answer instanceof Answer.Choices choices)) {
                    yield Optional.of(key + " is a multiple-choice item: give choices, from " + values(item));
                }
                Optional<String> unknown = choices.values().stream()
                        .filter(v -> item.option(v).isEmpty())
                        .findFirst();
                if (unknown.isPresent()) {
                    yield Optional.of(key + " does not offer " + unknown.get() + ": choose from " + values(item));
                }
                if (new HashSet<>(choices.values()).size() != choices.values().size()) {
                    yield Optional.of(key + " names an option twice: choose each option once");
                }
                if (item.maxSelections().isPresent()
                        && choices.values().size() > item.maxSelections().get()) {
                    yield Optional.of(
                            key + " allows at most " + item.maxSelections().get() + " choices, not "
                                    + choices.values().size());
                }
                yield Optional.empty();
            }
            case FREE_TEXT -> {
                if (!(answer instanceof Answer.Text text)) {
                    yield Optional.of(key + " is a free-text item: give text");
                }
                yield text.value().length() > item.effectiveMaxLength()
                        ? Optional.of(key + " takes at most " + item.effectiveMaxLength() + " characters, not "
                                + text.value().length())
                        : Optional.empty();
            }
        };
    }

    private static String values(Item item) {
        return String.join(
                ", ", item.options().stream().map(ChoiceOption::value).toList());
    }
}
