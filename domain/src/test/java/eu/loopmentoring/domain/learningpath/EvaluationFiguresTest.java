package eu.loopmentoring.domain.learningpath;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.learningpath.EvaluationFigures.Figure;
import eu.loopmentoring.domain.learningpath.EvaluationFigures.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvaluationFiguresTest {

    private static List<Sample> samples(double... values) {
        List<Sample> samples = new ArrayList<>();
        for (double value : values) {
            samples.add(new Sample(UUID.randomUUID(), value));
        }
        return samples;
    }

    @Test
    void a_figure_over_four_people_is_withheld_and_over_five_it_is_shown() {
        assertThat(EvaluationFigures.mean(samples(1, 2, 3, 4))).isEqualTo(Figure.WITHHELD);
        assertThat(EvaluationFigures.mean(samples(1, 2, 3, 4, 5)))
                .isEqualTo(new Figure(OptionalDouble.of(3), OptionalInt.of(5)));
        assertThat(EvaluationFigures.MINIMUM_GROUP).isEqualTo(5);
    }

    @Test
    void several_samples_of_one_person_count_as_one_person() {
        UUID same = UUID.randomUUID();
        List<Sample> fromFourPeople = new ArrayList<>(samples(4, 4, 4));
        fromFourPeople.add(new Sample(same, 5));
        fromFourPeople.add(new Sample(same, 5));

        assertThat(EvaluationFigures.mean(fromFourPeople).withheld()).isTrue();
    }

    @Test
    void the_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones() {
        assertThat(EvaluationFigures.median(samples(9, 1, 5, 3, 7)).value()).hasValue(5);
        assertThat(EvaluationFigures.median(samples(10, 1, 2, 3, 4, 100)).value())
                .hasValue(3.5);
        assertThat(EvaluationFigures.median(samples())).isEqualTo(Figure.WITHHELD);
    }

    @Test
    void a_share_is_the_part_of_the_answers_that_said_yes() {
        assertThat(EvaluationFigures.share(samples(1, 1, 1, 0, 0)).value()).hasValue(0.6);
    }

    @Test
    void a_count_is_shown_with_its_group_when_the_group_is_large_enough_even_when_the_count_is_small() {
        List<UUID> five = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();

        assertThat(EvaluationFigures.count(five, 1)).isEqualTo(new Figure(OptionalDouble.of(1), OptionalInt.of(5)));
        assertThat(EvaluationFigures.count(five.subList(0, 4), 4).withheld()).isTrue();
    }
}
