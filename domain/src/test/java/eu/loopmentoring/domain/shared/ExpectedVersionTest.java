package eu.loopmentoring.domain.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void the_version_the_caller_read_passes_while_it_is_current() {
        assertThatCode(() -> ExpectedVersion.of(3).check(3, "coalition")).doesNotThrowAnyException();
    }

    @Test
    void a_version_that_has_moved_on_is_stale() {
        assertThatThrownBy(() -> ExpectedVersion.of(3).check(4, "coalition"))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("coalition");
    }

    @Test
    void no_version_at_all_is_refused_as_required_not_as_stale() {
        assertThatThrownBy(() -> ExpectedVersion.none().check(0, "coalition"))
                .isInstanceOf(VersionRequiredException.class);
    }

    @Test
    void something_named_that_is_no_version_is_always_stale() {
        assertThatThrownBy(() -> ExpectedVersion.noVersion().check(0, "coalition"))
                .isInstanceOf(StaleVersionException.class);
    }
}
