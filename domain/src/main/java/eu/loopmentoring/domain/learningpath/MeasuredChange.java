package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a path changed for its learner: the scores of the measurement up to enrolling against the
 * latest one since, for each dimension the path develops (or, when it names none, each dimension
 * scored in both).
 */
public record MeasuredChange(Measurement before, Measurement after, List<DimensionChange> dimensions) {

    /** One dimension's score before and after. */
    public record DimensionChange(ProfileDimension dimension, int before, int after) {

        public int change() {
            return after - before;
        }
    }

    public MeasuredChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        dimensions = List.copyOf(dimensions);
    }

    /** The change, when there is a measurement on both sides; dimensions in the enumeration's order. */
    public static Optional<MeasuredChange> between(
            Optional<Measurement> before, Optional<Measurement> after, Set<ProfileDimension> developed) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Measurement from = before.get();
        Measurement to = after.get();
        List<DimensionChange> changes = Arrays.stream(ProfileDimension.values())
                .filter(d -> developed.isEmpty() || developed.contains(d))
                .filter(d -> from.scores().containsKey(d) && to.scores().containsKey(d))
                .map(d ->
                        new DimensionChange(d, from.scores().get(d), to.scores().get(d)))
                .toList();
        return Optional.of(new MeasuredChange(from, to, changes));
    }

    /** The measured change of an enrollment, read from the learner's measurements. */
    public static Optional<MeasuredChange> of(Enrollment enrollment, Measurements measurements) {
        return between(
                measurements.lastUpTo(enrollment.personId(), enrollment.enrolledAt()),
                measurements.latestAfter(enrollment.personId(), enrollment.enrolledAt()),
                enrollment.path().content().profileDimensions());
    }
}
