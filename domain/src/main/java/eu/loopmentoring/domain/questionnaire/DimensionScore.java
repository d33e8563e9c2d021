package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Objects;

/** A dimension's score from 0 to 100, with the answered items behind it. */
public record DimensionScore(ProfileDimension dimension, int score, List<ScoredItem> items) {

    public DimensionScore {
        Objects.requireNonNull(dimension, "dimension");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be from 0 to 100, was " + score);
        }
        items = List.copyOf(items);
    }

    /** How one answered item counts: its answer normalised from 0 to 1, after reversal. */
    public record ScoredItem(String itemKey, double value, boolean reversed) {

        public ScoredItem {
            Objects.requireNonNull(itemKey, "itemKey");
        }
    }
}
