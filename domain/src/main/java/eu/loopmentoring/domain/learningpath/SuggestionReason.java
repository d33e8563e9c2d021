package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Objects;
import java.util.UUID;

/** Why a suggested path has a module or a step: what of the person's profile asked for it. */
public sealed interface SuggestionReason {

    /**
     * A competency dimension scored low (or, for {@code TRAINING_NEEDS}, high) in the latest
     * submitted questionnaire; {@code score} is that score, 0 to 100.
     */
    record WeakDimension(ProfileDimension dimension, int score) implements SuggestionReason {
        public WeakDimension {
            Objects.requireNonNull(dimension, "dimension");
        }
    }

    /** A training need: the questionnaire's topics, then those the person chose. */
    record TrainingNeed(String topic) implements SuggestionReason {
        public TrainingNeed {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** The person is a mentee in this running relationship. */
    record MentoringRelationship(UUID relationshipId) implements SuggestionReason {
        public MentoringRelationship {
            Objects.requireNonNull(relationshipId, "relationshipId");
        }
    }
}
