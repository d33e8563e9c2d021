package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.api.platform.http.EntityTags;
import jakarta.ws.rs.core.EntityTag;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private final EntityTag current = EntityTags.of(7);

    @Test
    void if_none_match_compares_weakly_against_every_listed_tag() {
        assertThat(EntityTags.notModified("\"7\"", current)).isTrue();
        assertThat(EntityTags.notModified("W/\"7\"", current)).isTrue();
        assertThat(EntityTags.notModified("\"3\", \"7\"", current)).isTrue();
        assertThat(EntityTags.notModified("*", current)).isTrue();
    }

    @Test
    void a_different_missing_or_malformed_tag_means_send_the_object() {
        assertThat(EntityTags.notModified("\"8\"", current)).isFalse();
        assertThat(EntityTags.notModified(null, current)).isFalse();
        assertThat(EntityTags.notModified("", current)).isFalse();
        assertThat(EntityTags.notModified("7", current)).isFalse();
        assertThat(EntityTags.notModified("\"7", current)).isFalse();
    }
}
