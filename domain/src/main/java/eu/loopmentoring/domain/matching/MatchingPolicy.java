package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a programme matches: which must-have filters apply, and how much each criterion weighs.
 * A pair's score is the sum of its criteria's contributions, each from 0 to its weight in points:
 *
 * <ul>
 *   <li>COMPLEMENTARITY: {@code weight × Σ need·strength / (100 × Σ need)} over the mentee's
 *       {@code needDimensions} highest needs (ties by name; needs of 0 left out): the mentor's
 *       strength averaged over what the mentee needs most, weighted by how much they need it;
 *   <li>CAREER_STAGE: with {@code gap} = mentor's stage − mentee's stage (in the order of
 *       {@code CareerStage}), the full weight when {@code idealGapMin ≤ gap ≤ idealGapMax}, else
 *       {@code weight × (gapTolerance − d) / gapTolerance} where d is the distance to that range
 *       (0 when d ≥ gapTolerance or a stage is unknown);
 *   <li>SUBJECTS: {@code weight × shared / mentee's subjects};
 *   <li>SCHOOL_LEVELS: {@code weight × shared / mentee's school levels};
 *   <li>AVAILABILITY: {@code weight × min(overlap, availabilityTargetMinutes) / availabilityTargetMinutes},
 *       the overlap being the minutes per week both are free, their windows placed in the week of the
 *       run in each one's own time zone (so summer time counts);
 *   <li>RESPONSIVENESS: {@code weight × responsiveness} (to a thousandth);
 *   <li>CULTURAL_BACKGROUND: {@code weight × shared items / mentee's items}, only when both consented
 *       to its use; otherwise 0, and the explanation says who did not.
 * </ul>
 *
 * Each contribution is rounded half up to a thousandth of a point, and the score is their exact sum.
 *
 * @param version the policy's version; a run records it with the hash of its input
 * @param minimumLanguageLevel the level both need in a shared language (a mother tongue always counts)
 * @param objective what a batch run maximises
 */
public record MatchingPolicy(
        int version,
        Filters filters,
        Weights weights,
        CefrLevel minimumLanguageLevel,
        int needDimensions,
        int idealGapMin,
        int idealGapMax,
        int gapTolerance,
        int availabilityTargetMinutes,
        Objective objective) {

    /** A weight is whole points from 0 to this. */
    public static final int MAX_WEIGHT = 1000;

    /** The must-have filters that can be switched; NOT_SELF always applies. */
    public record Filters(
            boolean sharedLanguage,
            boolean modeAndRegion,
            boolean format,
            boolean notBlocked,
            boolean differentSchool,
            boolean capacityLeft) {

        public static final Filters DEFAULT = new Filters(true, true, true, true, false, true);

        public Set<Filter> active() {
            EnumSet<Filter> active = EnumSet.of(Filter.NOT_SELF);
            if (notBlocked) active.add(Filter.NOT_BLOCKED);
            if (sharedLanguage) active.add(Filter.SHARED_LANGUAGE);
            if (modeAndRegion) active.add(Filter.MODE_AND_REGION);
            if (format) active.add(Filter.FORMAT);
            if (differentSchool) active.add(Filter.DIFFERENT_SCHOOL);
            if (capacityLeft) active.add(Filter.CAPACITY_LEFT);
            return active;
        }
    }

    /** The weight of each criterion, in whole points: a pair's score is at most their sum. */
    public record Weights(
            int complementarity,
            int careerStage,
            int subjects,
            int schoolLevels,
            int availability,
            int responsiveness,
            int culturalBackground) {

        public static final Weights DEFAULT = new Weights(35, 15, 10, 10, 15, 10, 5);

        public Map<Criterion, Integer> byCriterion() {
            Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
            weights.put(Criterion.COMPLEMENTARITY, complementarity);
            weights.put(Criterion.CAREER_STAGE, careerStage);
            weights.put(Criterion.SUBJECTS, subjects);
            weights.put(Criterion.SCHOOL_LEVELS, schoolLevels);
            weights.put(Criterion.AVAILABILITY, availability);
            weights.put(Criterion.RESPONSIVENESS, responsiveness);
            weights.put(Criterion.CULTURAL_BACKGROUND, culturalBackground);
            return weights;
        }

        long milli(Criterion criterion) {
            return byCriterion().get(criterion) * Points.MILLI;
        }

        /** The highest score a pair can get, in milli-points. */
        long maxMilli() {
            return byCriterion().values().stream()
                    .mapToLong(w -> w * Points.MILLI)
                    .sum();
        }
    }

    /** What a batch run maximises; both are exact, and ties go to the other measure. */
    public enum Objective {
        /** First as many matched requests as possible, then the highest total score among those. */
        MOST_MATCHES_THEN_SCORE,
        /** The highest total score; among equal totals, the most matches. */
        TOTAL_SCORE
    }

    public static final MatchingPolicy DEFAULT = new MatchingPolicy(
            1, Filters.DEFAULT, Weights.DEFAULT, CefrLevel.B2, 3, 1, 3, 2, 120, Objective.MOST_MATCHES_THEN_SCORE);

    public MatchingPolicy {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(minimumLanguageLevel, "minimumLanguageLevel");
        Objects.requireNonNull(objective, "objective");
        List<FieldError> errors = new ArrayList<>();
        if (version < 1) {
            errors.add(new FieldError("version", "must be 1 or more, was " + version));
        }
        if (!filters.notBlocked()) {
            errors.add(new FieldError(
                    "filters.notBlocked", "cannot be switched off: a blocked pair is never proposed again"));
        }
        weights.byCriterion().forEach((criterion, weight) -> {
            if (weight < 0 || weight > MAX_WEIGHT) {
                errors.add(new FieldError(
                        "weights." + camel(criterion), "must be from 0 to " + MAX_WEIGHT + " points, was " + weight));
            }
        });
        if (weights.byCriterion().values().stream().allMatch(w -> w == 0)) {
            errors.add(new FieldError("weights", "must give at least one criterion a weight above 0"));
        }
        if (needDimensions < 1 || needDimensions > 20) {
            errors.add(new FieldError("needDimensions", "must be from 1 to 20, was " + needDimensions));
        }
        int stages = eu.loopmentoring.domain.profile.CareerStage.values().length;
        if (idealGapMin < -(stages - 1) || idealGapMax > stages - 1 || idealGapMin > idealGapMax) {
            errors.add(new FieldError(
                    "idealGapMin",
                    "and idealGapMax must be a range of stages from " + -(stages - 1) + " to " + (stages - 1)
                            + " with idealGapMin ≤ idealGapMax, was " + idealGapMin + ".." + idealGapMax));
        }
        if (gapTolerance < 1 || gapTolerance > stages) {
            errors.add(new FieldError("gapTolerance", "must be from 1 to " + stages + " stages, was " + gapTolerance));
        }
        if (availabilityTargetMinutes < 1 || availabilityTargetMinutes > 7 * 24 * 60) {
            errors.add(new FieldError(
                    "availabilityTargetMinutes", "must be from 1 to 10080 (a week), was " + availabilityTargetMinutes));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The same settings under {@code number}. */
    public MatchingPolicy withVersion(int number) {
        return new MatchingPolicy(
                number,
                filters,
                weights,
                minimumLanguageLevel,
                needDimensions,
                idealGapMin,
                idealGapMax,
                gapTolerance,
                availabilityTargetMinutes,
                objective);
    }

    /** The same policy under the next version number, with these weights. */
    public MatchingPolicy withWeights(Weights changed) {
        return next(filters, changed, objective);
    }

    /** The same policy under the next version number, with these filters. */
    public MatchingPolicy withFilters(Filters changed) {
        return next(changed, weights, objective);
    }

    /** The same policy under the next version number, maximising {@code changed}. */
    public MatchingPolicy withObjective(Objective changed) {
        return next(filters, weights, changed);
    }

    private MatchingPolicy next(Filters f, Weights w, Objective o) {
        return new MatchingPolicy(
                version + 1,
                f,
                w,
                minimumLanguageLevel,
                needDimensions,
                idealGapMin,
                idealGapMax,
                gapTolerance,
                availabilityTargetMinutes,
                o);
    }

    private static String camel(Criterion criterion) {
        String[] words = criterion.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
