package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CefrLevel;
import java.util.Objects;

/**
 * The weights of the recommendation ranking, in points. A resource's score is the sum of:
 *
 * <ul>
 *   <li>{@code trainingNeed × intensity} for each of the person's training needs among its topics,
 *       where intensity is {@code 0.5 + TRAINING_NEEDS score / 100} (1 without a score): a person
 *       who reports strong needs gets more from matching them;
 *   <li>{@code weakDimension × (weakBelow − score) / weakBelow} for each profile dimension it
 *       develops in which the person scored below {@code weakBelow}; only strength dimensions
 *       count (never {@code TRAINING_NEEDS}, a need, nor the special-category dimensions, whose
 *       consent does not cover profiling);
 *   <li>{@code interest} for each of the person's interests among its topics;
 *   <li>at most {@code matchesPerSignal} of each of the three above (the strongest), so that a
 *       resource does not climb by listing every topic;
 *   <li>{@code careerStage} when its audience includes the person's stage,
 *       {@code careerStage × adjacentStage} when only a neighbouring stage, {@code −otherStage}
 *       when only distant ones, nothing when it names no stage or the person has none;
 *   <li>{@code language × f} for the language the person reads best among its languages, f
 *       rising evenly from {@code minimumReading} to C2 (1 also for a mother tongue); a resource in
 *       no language the person reads at {@code minimumReading} or above is EXCLUDED, as is one
 *       they completed;
 *   <li>{@code quality × (adjusted − ratingPrior) / 4}, adjusted being the Bayesian average
 *       {@code (ratingPriorWeight × ratingPrior + count × average) / (ratingPriorWeight + count)}:
 *       one review of 5 does not beat forty of 4.6, and no review gives nothing;
 *   <li>{@code −opened} when the person has already opened it.
 * </ul>
 */
public record RankingPolicy(
        double trainingNeed,
        double weakDimension,
        int weakBelow,
        double interest,
        int matchesPerSignal,
        double careerStage,
        double adjacentStage,
        double otherStage,
        double language,
        CefrLevel minimumReading,
        double quality,
        double ratingPrior,
        double ratingPriorWeight,
        double opened) {

    /** Contributions and scores have this many decimals. */
    public static final int SCALE = 3;

    public static final RankingPolicy DEFAULT =
            new RankingPolicy(3.0, 2.5, 60, 1.5, 2, 1.0, 0.4, 0.5, 0.5, CefrLevel.B1, 4.0, 3.5, 5, 0.75);

    public RankingPolicy {
        nonNegative("trainingNeed", trainingNeed);
        nonNegative("weakDimension", weakDimension);
        nonNegative("interest", interest);
        nonNegative("careerStage", careerStage);
        nonNegative("otherStage", otherStage);
        nonNegative("language", language);
        nonNegative("quality", quality);
        nonNegative("opened", opened);
        if (weakBelow < 1 || weakBelow > 100) {
            throw new IllegalArgumentException("weakBelow must be from 1 to 100, was " + weakBelow);
        }
        if (matchesPerSignal < 1) {
            throw new IllegalArgumentException("matchesPerSignal must be at least 1, was " + matchesPerSignal);
        }
        if (adjacentStage < 0 || adjacentStage > 1) {
            throw new IllegalArgumentException("adjacentStage is a fraction from 0 to 1, was " + adjacentStage);
        }
        Objects.requireNonNull(minimumReading, "minimumReading");
        if (ratingPrior < 1 || ratingPrior > 5) {
            throw new IllegalArgumentException("ratingPrior must be from 1 to 5, was " + ratingPrior);
        }
        if (ratingPriorWeight <= 0) {
            throw new IllegalArgumentException("ratingPriorWeight must be positive, was " + ratingPriorWeight);
        }
    }

    /**
     * The same policy with the prior set to the bank's own mean rating (the usual choice for a
     * Bayesian average), keeping the prior's weight.
     */
    public RankingPolicy withRatingPrior(double mean) {
        return new RankingPolicy(
                trainingNeed,
                weakDimension,
                weakBelow,
                interest,
                matchesPerSignal,
                careerStage,
                adjacentStage,
                otherStage,
                language,
                minimumReading,
                quality,
                mean,
                ratingPriorWeight,
                opened);
    }

    /** The rating average shrunk towards the prior by {@code ratingPriorWeight} virtual reviews. */
    public double adjustedRating(double average, int count) {
        return (ratingPriorWeight * ratingPrior + count * average) / (ratingPriorWeight + count);
    }

    private static void nonNegative(String name, double weight) {
        if (!(weight >= 0)) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + weight);
        }
    }
}
