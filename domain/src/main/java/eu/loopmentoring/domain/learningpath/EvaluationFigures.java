package eu.loopmentoring.domain.learningpath;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of the figures that authors read about their paths' learners. Each figure is computed
 * over a group of people, and a group smaller than {@link #MINIMUM_GROUP} is never shown: neither
 * its figure nor its size. Several samples of one person count as one person in the group.
 */
public final class EvaluationFigures {

    /** The smallest group a figure is shown for (as in every analytics answer of the platform). */
    public static final int MINIMUM_GROUP = 5;

    private EvaluationFigures() {}

    /** One person's contribution to a figure. */
    public record Sample(UUID personId, double value) {}

    /**
     * A figure over {@code people} people, or withheld (both empty) when they are fewer than
     * {@link #MINIMUM_GROUP}.
     */
    public record Figure(OptionalDouble value, OptionalInt people) {

        public static final Figure WITHHELD = new Figure(OptionalDouble.empty(), OptionalInt.empty());

        public boolean withheld() {
            return value.isEmpty();
        }

        static Figure over(int people, double value) {
            return people < MINIMUM_GROUP ? WITHHELD : new Figure(OptionalDouble.of(value), OptionalInt.of(people));
        }
    }

    /** How many of the group's people something holds for; the group is {@code group}. */
    public static Figure count(Collection<UUID> group, long holding) {
        return Figure.over(new HashSet<>(group).size(), holding);
    }

    public static Figure mean(List<Sample> samples) {
        return Figure.over(
                people(samples),
                samples.stream().mapToDouble(Sample::value).average().orElse(0));
    }

    /** The middle value; of an even number of samples, the mean of the two in the middle. */
    public static Figure median(List<Sample> samples) {
        double[] sorted = samples.stream().mapToDouble(Sample::value).sorted().toArray();
        if (sorted.length == 0) {
            return Figure.WITHHELD;
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Figure.over(people(samples), median);
    }

    /** The share (0 to 1) of the samples that are {@code 1}: yes-or-no answers as 1 and 0. */
    public static Figure share(List<Sample> samples) {
        return mean(samples);
    }

    private static int people(List<Sample> samples) {
        Set<UUID> people = new HashSet<>();
        samples.forEach(s -> people.add(s.personId()));
        return people.size();
    }
}
