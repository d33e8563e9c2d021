package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.shared.Enums;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one criterion gave a pair, in milli-points, and why: the facts it looked at, for machines
 * and for the two people. A pair's score is exactly the sum of its contributions.
 */
public sealed interface Contribution {

    Criterion criterion();

    long milliPoints();

    default BigDecimal points() {
        return Points.of(milliPoints());
    }

    /** The mentee's need and the mentor's strength on one of the dimensions the mentee needs most. */
    record DimensionFit(String dimension, int need, int strength) {}

    /** {@code dimensions}: the mentee's highest needs, strongest first; empty when they stated none. */
    record Complementarity(List<DimensionFit> dimensions, long milliPoints) implements Contribution {
        public Complementarity {
            dimensions = List.copyOf(dimensions);
        }

        @Override
        public Criterion criterion() {
            return Criterion.COMPLEMENTARITY;
        }
    }

    /** {@code gap}: mentor's stage minus mentee's, empty when either stage is unknown. */
    record CareerStageGap(
            Optional<CareerStage> menteeStage,
            Optional<CareerStage> mentorStage,
            Optional<Integer> gap,
            int idealGapMin,
            int idealGapMax,
            long milliPoints)
            implements Contribution {
        @Override
        public Criterion criterion() {
            return Criterion.CAREER_STAGE;
        }
    }

    /** {@code shared}: the subjects both teach; {@code menteeSubjects}: how many the mentee named. */
    record SubjectOverlap(List<String> shared, int menteeSubjects, long milliPoints) implements Contribution {
        public SubjectOverlap {
            shared = List.copyOf(shared);
        }

        @Override
        public Criterion criterion() {
            return Criterion.SUBJECTS;
        }
    }

    record SchoolLevelOverlap(Set<IscedLevel> shared, int menteeLevels, long milliPoints) implements Contribution {
        public SchoolLevelOverlap {
            shared = Enums.orderedSet(IscedLevel.class, shared);
        }

        @Override
        public Criterion criterion() {
            return Criterion.SCHOOL_LEVELS;
        }
    }

    /** {@code overlapMinutes}: minutes per week both are free; {@code targetMinutes} earn the full weight. */
    record AvailabilityOverlap(int overlapMinutes, int targetMinutes, long milliPoints) implements Contribution {
        @Override
        public Criterion criterion() {
            return Criterion.AVAILABILITY;
        }
    }

    /** {@code permille}: the mentor's responsiveness in thousandths. */
    record Responsiveness(int permille, long milliPoints) implements Contribution {
        @Override
        public Criterion criterion() {
            return Criterion.RESPONSIVENESS;
        }
    }

    /** {@code shared} is filled only with {@link CulturalUse#USED}: nothing is said without both consents. */
    record CulturalBackground(CulturalUse use, List<String> shared, long milliPoints) implements Contribution {
        public CulturalBackground {
            shared = List.copyOf(shared);
        }

        @Override
        public Criterion criterion() {
            return Criterion.CULTURAL_BACKGROUND;
        }
    }

    /** Whether the cultural background could be used for a pair, and if not, why. */
    enum CulturalUse {
        USED,
        NEITHER_CONSENTED,
        MENTEE_DID_NOT_CONSENT,
        MENTOR_DID_NOT_CONSENT,
        /** Both consented, but the mentee gave no background items. */
        NOTHING_GIVEN
    }
}
