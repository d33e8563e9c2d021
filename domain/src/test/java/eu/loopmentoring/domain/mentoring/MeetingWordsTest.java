package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Mentoring's formats and modes reach the matching engine as the same things, one for one. */
class MeetingWordsTest {

    @Test
    void every_format_becomes_the_matching_format_of_the_same_name_and_each_is_reached() {
        assertThat(Arrays.stream(MentoringFormat.values()).map(MentoringFormat::meeting))
                .containsExactly(MeetingFormat.values());
        Arrays.stream(MentoringFormat.values())
                .forEach(f -> assertThat(f.meeting().name()).isEqualTo(f.name()));
    }

    @Test
    void every_mode_becomes_the_matching_mode_of_the_same_name_and_each_is_reached() {
        assertThat(Arrays.stream(MentoringMode.values()).map(MentoringMode::meeting))
                .containsExactly(MeetingMode.values());
        Arrays.stream(MentoringMode.values())
                .forEach(m -> assertThat(m.meeting().name()).isEqualTo(m.name()));
    }
}
