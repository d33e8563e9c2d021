package eu.loopmentoring.domain.learningpath;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.learningpath.MeasuredChange.DimensionChange;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeasuredChangeTest {

    private static final Instant ENROLLED = Instant.parse("2026-09-01T08:00:00Z");

    private static Measurement measured(Instant at, Map<ProfileDimension, Integer> scores) {
        return new Measurement(UUID.randomUUID(), at, scores);
    }

    private final Measurement before = measured(
            ENROLLED.minusSeconds(3600),
            Map.of(
                    ProfileDimension.COMMUNICATION_SKILLS, 40,
                    ProfileDimension.PROBLEM_SOLVING, 55,
                    ProfileDimension.CREATIVITY, 70));
    private final Measurement after = measured(
            ENROLLED.plusSeconds(86_400 * 90),
            Map.of(
                    ProfileDimension.COMMUNICATION_SKILLS, 62,
                    ProfileDimension.PROBLEM_SOLVING, 50,
                    ProfileDimension.EXPERIENCE, 80));

    @Test
    void the_change_is_measured_on_the_dimensions_the_path_develops() {
        MeasuredChange change = MeasuredChange.between(
                        Optional.of(before),
                        Optional.of(after),
                        Set.of(ProfileDimension.COMMUNICATION_SKILLS, ProfileDimension.PROBLEM_SOLVING))
                .orElseThrow();

        assertThat(change.dimensions())
                .containsExactly(
                        new DimensionChange(ProfileDimension.COMMUNICATION_SKILLS, 40, 62),
                        new DimensionChange(ProfileDimension.PROBLEM_SOLVING, 55, 50));
        assertThat(change.dimensions()).extracting(DimensionChange::change).containsExactly(22, -5);
    }

    @Test
    void a_path_that_names_no_dimension_is_measured_on_every_dimension_scored_both_times() {
        MeasuredChange change = MeasuredChange.between(Optional.of(before), Optional.of(after), Set.of())
                .orElseThrow();

        assertThat(change.dimensions())
                .extracting(DimensionChange::dimension)
                .containsExactly(ProfileDimension.COMMUNICATION_SKILLS, ProfileDimension.PROBLEM_SOLVING);
    }

    @Test
    void without_a_measurement_on_both_sides_there_is_no_change_to_show() {
        assertThat(MeasuredChange.between(Optional.empty(), Optional.of(after), Set.of()))
                .isEmpty();
        assertThat(MeasuredChange.between(Optional.of(before), Optional.empty(), Set.of()))
                .isEmpty();
    }
}
