package eu.loopmentoring.domain.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceMetadataTest {

    @Test
    void every_broken_rule_is_named_by_its_field_at_once() {
        assertThatThrownBy(() -> new ResourceMetadata(
                        "No",
                        "s".repeat(501),
                        "d".repeat(10_001),
                        null,
                        "ftp://example.org/file",
                        List.of(),
                        "CC BY 4.0",
                        null,
                        null,
                        null,
                        List.of("Not A Slug"),
                        Optional.of(0),
                        List.of(),
                        Optional.empty(),
                        Optional.of("pt")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().stream().map(FieldError::field))
                                .containsExactly(
                                        "title",
                                        "summary",
                                        "description",
                                        "type",
                                        "url",
                                        "languages",
                                        "licence",
                                        "topics",
                                        "estimatedMinutes",
                                        "authors",
                                        "country"));
    }

    @Test
    void the_first_language_is_the_main_one_and_a_language_is_named_once() {
        assertThat(World.metadata("Mentoring").mainLanguage()).isEqualTo("pt");
        assertThatThrownBy(() -> withLanguages(List.of("pt", "pt")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new FieldError("languages", "must not name a language twice")));
        assertThatThrownBy(() -> withLanguages(Collections.nCopies(11, "pt")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_title_is_stripped_and_blank_authors_are_refused() {
        ResourceMetadata m = World.metadata("  Mentoring in the first year  ");
        assertThat(m.title()).isEqualTo("Mentoring in the first year");
        assertThatThrownBy(() -> World.with(m, m.languages(), List.of("Ana", "  "), m.organizationId(), m.country()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("authors"));
    }

    @Test
    void changes_name_only_the_fields_whose_value_differs() {
        ResourceMetadata before = World.metadata("Mentoring");
        ResourceChanges same = World.titled("Mentoring");
        ResourceChanges retitled = World.titled("Mentoring new teachers");

        assertThat(same.applyTo(before).changedFields()).isEmpty();
        ResourceChanges.Applied applied = retitled.applyTo(before);
        assertThat(applied.changedFields()).containsExactly("title");
        assertThat(applied.metadata().title()).isEqualTo("Mentoring new teachers");
        assertThat(applied.metadata().languages()).isEqualTo(before.languages());
    }

    private static ResourceMetadata withLanguages(List<String> languages) {
        ResourceMetadata m = World.metadata("Mentoring");
        return World.with(m, languages, m.authors(), m.organizationId(), m.country());
    }
}
