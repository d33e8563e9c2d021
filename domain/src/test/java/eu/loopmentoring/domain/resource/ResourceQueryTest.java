package eu.loopmentoring.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceQueryTest {

    @Test
    void relevance_is_the_default_with_words_and_newest_without() {
        assertThat(ResourceQuery.of(Optional.of(" mentoring "), Optional.empty(), Map.of()))
                .satisfies(q -> assertThat(q.sort()).isEqualTo(ResourceSort.RELEVANCE))
                .satisfies(q -> assertThat(q.text()).contains("mentoring"));
        assertThat(ResourceQuery.of(Optional.of("   "), Optional.empty(), Map.of())
                        .sort())
                .isEqualTo(ResourceSort.NEWEST);
        assertThat(ResourceQuery.ALL.sort()).isEqualTo(ResourceSort.NEWEST);
    }

    @Test
    void relevance_without_words_is_a_bad_sort() {
        assertThatThrownBy(() -> ResourceQuery.of(Optional.empty(), Optional.of(ResourceSort.RELEVANCE), Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("sort"));
    }

    @Test
    void filters_all_hold_and_a_facet_is_counted_without_its_own_filter() {
        ResourceQuery query = ResourceQuery.of(
                Optional.empty(),
                Optional.of(ResourceSort.RATING),
                Map.of(ResourceFacet.TOPIC, "mentoring", ResourceFacet.LANGUAGE, "en"));
        ResourceMetadata portuguese = World.metadata("Mentoria"); // pt and en, induction and mentoring

        assertThat(query.filtersAccept(portuguese)).isTrue();
        assertThat(ResourceQuery.of(Optional.empty(), Optional.empty(), Map.of(ResourceFacet.TYPE, "VIDEO"))
                        .filtersAccept(portuguese))
                .isFalse();
        assertThat(query.without(ResourceFacet.TOPIC).filters()).containsOnlyKeys(ResourceFacet.LANGUAGE);
        assertThat(query.without(ResourceFacet.TOPIC).sort()).isEqualTo(ResourceSort.RATING);
    }
}
