package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One part of a recommendation's explanation: what matched, and how many points it gave (negative
 * when it lowered the resource). A recommendation's score is exactly the sum of its reasons'
 * contributions.
 */
public sealed interface Reason {

    ReasonCode code();

    BigDecimal contribution();

    record TrainingNeed(String topic, BigDecimal contribution) implements Reason {
        public TrainingNeed {
            Objects.requireNonNull(topic, "topic");
        }

        @Override
        public ReasonCode code() {
            return ReasonCode.TRAINING_NEED;
        }
    }

    /** {@code score} is the person's score (0-100) in the dimension the resource develops. */
    record WeakDimension(ProfileDimension dimension, int score, BigDecimal contribution) implements Reason {
        public WeakDimension {
            Objects.requireNonNull(dimension, "dimension");
        }

        @Override
        public ReasonCode code() {
            return ReasonCode.WEAK_DIMENSION;
        }
    }

    record Interest(String topic, BigDecimal contribution) implements Reason {
        public Interest {
            Objects.requireNonNull(topic, "topic");
        }

        @Override
        public ReasonCode code() {
            return ReasonCode.INTEREST;
        }
    }

    /** {@code stage} is the person's; {@code fit} how the resource's audience relates to it. */
    record CareerStageFit(CareerStage stage, StageFit fit, BigDecimal contribution) implements Reason {
        public CareerStageFit {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(fit, "fit");
        }

        @Override
        public ReasonCode code() {
            return ReasonCode.CAREER_STAGE;
        }
    }

    /** How a resource's career stages relate to the person's. */
    enum StageFit {
        /** The audience includes the person's stage. */
        SAME,
        /** The audience includes a stage next to the person's, but not theirs. */
        ADJACENT,
        /** The audience is only stages far from the person's. */
        OTHER
    }

    /** The resource language the person reads best, and how well they read it. */
    record Language(String language, CefrLevel level, boolean motherTongue, BigDecimal contribution) implements Reason {
        public Language {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(level, "level");
        }

        @Override
        public ReasonCode code() {
            return ReasonCode.LANGUAGE;
        }
    }

    /**
     * The reviews: their plain {@code average} and {@code count}, and the {@code adjustedAverage}
     * shrunk towards the policy's prior, which is what counts. The contribution is relative to the
     * prior (the bank's mean), but the words are absolute, on the 1 to 5 scale: a 4.0 in a bank
     * averaging 4.3 moves down a little, and is still not "low rated".
     */
    record Rating(BigDecimal average, int count, BigDecimal adjustedAverage, BigDecimal contribution)
            implements Reason {
        /** From this adjusted average up, and moving the resource up, it is highly rated. */
        public static final BigDecimal HIGH = new BigDecimal("4.0");
        /** Below this adjusted average (the middle of the scale), and moving it down, it is low rated. */
        public static final BigDecimal LOW = new BigDecimal("3.0");

        public Rating {
            Objects.requireNonNull(average, "average");
            Objects.requireNonNull(adjustedAverage, "adjustedAverage");
        }

        @Override
        public ReasonCode code() {
            if (adjustedAverage.compareTo(HIGH) >= 0 && contribution.signum() >= 0) {
                return ReasonCode.HIGHLY_RATED;
            }
            if (adjustedAverage.compareTo(LOW) < 0 && contribution.signum() <= 0) {
                return ReasonCode.LOW_RATED;
            }
            return ReasonCode.RATED;
        }
    }

    record AlreadyOpened(BigDecimal contribution) implements Reason {
        @Override
        public ReasonCode code() {
            return ReasonCode.ALREADY_OPENED;
        }
    }
}
