package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores from 0 to 100 keyed by dimension name: a mentee's needs or a mentor's strengths. Keys are
 * plain names so that the same criteria pair people on the profile dimensions and, later, mentor
 * schools with mentee schools on the school dimensions.
 */
public record DimensionScores(SortedMap<String, Integer> values) {

    public static final DimensionScores NONE = new DimensionScores(new TreeMap<>());

    public DimensionScores {
        TreeMap<String, Integer> copy = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a dimension needs a name");
            }
            if (value == null || value < 0 || value > 100) {
                throw new IllegalArgumentException("the score on " + key + " must be from 0 to 100, was " + value);
            }
            copy.put(key, value);
        });
        values = Collections.unmodifiableSortedMap(copy);
    }

    /** Scores keyed by the constants' names, for any dimension enum. */
    public static <E extends Enum<E>> DimensionScores of(Map<E, Integer> scores) {
        TreeMap<String, Integer> byName = new TreeMap<>();
        scores.forEach((dimension, score) -> byName.put(dimension.name(), score));
        return new DimensionScores(byName);
    }

    /**
     * A mentee's needs from their competency profile: {@code 100 − score} on each strength
     * dimension. Not {@code TRAINING_NEEDS} (a need already, and not one a mentor's score meets) nor
     * the special-category dimensions, whose consent covers keeping the answers, not matching on them.
     */
    public static DimensionScores needsFrom(CompetencyProfile profile) {
        return from(profile, true);
    }

    /** A mentor's strengths from their competency profile, on the same dimensions as {@link #needsFrom}. */
    public static DimensionScores strengthsFrom(CompetencyProfile profile) {
        return from(profile, false);
    }

    public int get(String dimension) {
        return values.getOrDefault(Objects.requireNonNull(dimension, "dimension"), 0);
    }

    private static DimensionScores from(CompetencyProfile profile, boolean asNeeds) {
        TreeMap<String, Integer> scores = new TreeMap<>();
        for (CompetencyProfile.Score score : profile.scores()) {
            ProfileDimension dimension = score.dimension();
            if (dimension.isScored()
                    && !dimension.isSpecialCategory()
                    && dimension != ProfileDimension.TRAINING_NEEDS) {
                scores.put(dimension.name(), asNeeds ? 100 - score.score() : score.score());
            }
        }
        return new DimensionScores(scores);
    }
}
