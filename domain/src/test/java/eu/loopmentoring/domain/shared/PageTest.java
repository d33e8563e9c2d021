package eu.loopmentoring.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void a_short_result_is_the_last_page() {
        Page<String> page = Page.fromOverfetch(List.of("a", "b"), PageRequest.first(2), Keyset::of);

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).isEmpty();
    }

    @Test
    void the_extra_row_proves_a_next_page_that_starts_after_the_last_row_kept() {
        Page<String> page = Page.fromOverfetch(List.of("a", "b", "c"), PageRequest.first(2), Keyset::of);

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).contains(Keyset.of("b"));
    }

    @Test
    void a_limit_outside_1_to_100_is_refused_rather_than_clamped() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PageRequest.first(100).fetchSize()).isEqualTo(101);
    }

    @Test
    void mapping_keeps_the_continuation() {
        Page<String> page = Page.fromOverfetch(List.of("a", "b", "c"), PageRequest.first(1), Keyset::of);

        assertThat(page.map(String::toUpperCase)).isEqualTo(new Page<>(List.of("A"), page.next()));
    }
}
