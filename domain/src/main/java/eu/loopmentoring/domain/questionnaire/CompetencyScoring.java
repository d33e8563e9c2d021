package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The competency profile that answers give, computed the same way everywhere.
 *
 * <p>Each answered scored item gets a value from 0 to 1: a Likert answer v gives (v-1)/4, or
 * (5-v)/4 when the item is reverse-scored; a single choice gives its points over the item's
 * highest points; a multiple choice gives the sum of the chosen points over the most that can be
 * achieved (the best options, as many as may be chosen), at most 1. A dimension's score is the
 * mean of its items' values times 100, rounded half up. Unanswered and unscored items do not
 * count; a dimension with no answered scored item has no score. The arithmetic is exact
 * (fractions), so that a mean of exactly x.5 always rounds up.
 */
public final class CompetencyScoring {

    private CompetencyScoring() {}

    /** The scores, in the questionnaire's section order; the answers must be valid for it. */
    public static List<DimensionScore> score(Questionnaire questionnaire, List<Answer> answers) {
        questionnaire.requireValid(answers, false);
        Map<String, Answer> byKey = answers.stream().collect(Collectors.toMap(Answer::itemKey, Function.identity()));
        List<DimensionScore> scores = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            if (!section.dimension().isScored()) {
                continue;
            }
            List<DimensionScore.ScoredItem> items = new ArrayList<>();
            Fraction sum = Fraction.ZERO;
            for (Item item : section.items()) {
                Answer answer = byKey.get(item.key());
                if (!item.scored() || answer == null) {
                    continue;
                }
                Fraction value = value(item, answer);
                sum = sum.plus(value);
                items.add(new DimensionScore.ScoredItem(item.key(), value.doubleValue(), item.reverseScored()));
            }
            if (!items.isEmpty()) {
                scores.add(new DimensionScore(section.dimension(), sum.percentOfMean(items.size()), items));
            }
        }
        return List.copyOf(scores);
    }

    /**
     * Per dimension scored now, the change since {@code previous}; the delta is absent where
     * the previous scores had none for that dimension.
     */
    public static List<ScoreChange> compare(List<DimensionScore> previous, List<DimensionScore> current) {
        Map<ProfileDimension, Integer> before = new EnumMap<>(ProfileDimension.class);
        previous.forEach(s -> before.put(s.dimension(), s.score()));
        return current.stream()
                .map(s -> new ScoreChange(
                        s.dimension(),
                        s.score(),
                        Optional.ofNullable(before.get(s.dimension())).map(b -> s.score() - b)))
                .toList();
    }

    /**
     * The training topics a person chose: the option values (slugs such as
     * {@code classroom-management}) chosen in the unscored choice items of the training-needs
     * section, in the order the options are offered, each once.
     */
    public static List<String> trainingTopics(Questionnaire questionnaire, List<Answer> answers) {
        questionnaire.requireValid(answers, false);
        Optional<Section> needs = questionnaire.content().section(ProfileDimension.TRAINING_NEEDS);
        if (needs.isEmpty()) {
            return List.of();
        }
        Map<String, Answer> byKey = answers.stream().collect(Collectors.toMap(Answer::itemKey, Function.identity()));
        Set<String> topics = new LinkedHashSet<>();
        for (Item item : needs.get().items()) {
            Answer answer = byKey.get(item.key());
            if (item.scored() || !item.kind().isChoice() || answer == null) {
                continue;
            }
            Set<String> chosen = switch (answer) {
                case Answer.Choice choice -> Set.of(choice.value());
                case Answer.Choices choices -> Set.copyOf(choices.values());
                default -> Set.of();
            };
            item.options().stream()
                    .map(ChoiceOption::value)
                    .filter(chosen::contains)
                    .forEach(topics::add);
        }
        return List.copyOf(topics);
    }

    private static Fraction value(Item item, Answer answer) {
        return switch (answer) {
            case Answer.Likert likert ->
                new Fraction(
                        item.reverseScored() ? Item.LIKERT_MAX - likert.value() : likert.value() - Item.LIKERT_MIN,
                        Item.LIKERT_MAX - Item.LIKERT_MIN);
            case Answer.Choice choice -> new Fraction(points(item, choice.value()), maxPoints(item));
            case Answer.Choices choices -> {
                long chosen = choices.values().stream()
                        .mapToLong(v -> points(item, v))
                        .sum();
                long achievable = achievable(item);
                yield new Fraction(Math.min(chosen, achievable), achievable);
            }
            case Answer.Text text -> throw new IllegalStateException("free-text items are never scored");
        };
    }

    private static int points(Item item, String value) {
        return item.option(value).flatMap(ChoiceOption::points).orElse(0);
    }

    private static int maxPoints(Item item) {
        return item.options().stream().mapToInt(o -> o.points().orElse(0)).max().orElse(0);
    }

    /** The best options, as many as may be chosen. */
    private static long achievable(Item item) {
        return item.options().stream()
                .map(o -> o.points().orElse(0))
                .sorted((a, b) -> b - a)
                .limit(item.maxSelections().orElse(item.options().size()))
                .mapToLong(Integer::longValue)
                .sum();
    }

    /** A non-negative fraction, exact where doubles would round 12.5 down to 12.49999. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {

        static final Fraction ZERO = new Fraction(0, 1);

        Fraction(long numerator, long denominator) {
            this(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }

        Fraction {
            if (denominator.signum() <= 0) {
                throw new IllegalStateException("a scored item needs options worth more than 0 points");
            }
            BigInteger gcd = numerator.gcd(denominator);
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }

        Fraction plus(Fraction other) {
            return new Fraction(
                    numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        double doubleValue() {
            return numerator.doubleValue() / denominator.doubleValue();
        }

        /** round_half_up(100 * this / count) = floor((200 n + count d) / (2 count d)). */
        int percentOfMean(int count) {
            BigInteger n = BigInteger.valueOf(count);
            return BigInteger.valueOf(200)
                    .multiply(numerator)
                    .add(n.multiply(denominator))
                    .divide(BigInteger.TWO.multiply(n).multiply(denominator))
                    .intValueExact();
        }
    }
}
