package eu.loopmentoring.domain.questionnaire;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Objects;
import java.util.Optional;

/** A dimension's current score and how far it moved since the previous one, if there was one. */
public record ScoreChange(ProfileDimension dimension, int score, Optional<Integer> delta) {

    public ScoreChange {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(delta, "delta");
    }
}
