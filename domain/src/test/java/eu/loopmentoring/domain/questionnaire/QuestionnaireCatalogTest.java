package eu.loopmentoring.domain.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryQuestionnaires;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuestionnaireCatalogTest {

    private final InMemoryQuestionnaires store = new InMemoryQuestionnaires();
    private final QuestionnaireCatalog catalog =
            new QuestionnaireCatalog(store, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));
    private final Subject admin = new PersonSubject(UUID.randomUUID(), Set.of(PlatformRole.ADMINISTRATOR));
    private final Subject teacher = new PersonSubject(UUID.randomUUID(), Set.of());
    private final Subject partner = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of());
    private final Questionnaire v1 = Samples.published();

    QuestionnaireCatalogTest() {
        store.add(v1);
    }

    @Test
    void everyone_reads_the_published_versions_and_the_current_one() {
        assertThat(catalog.current()).isEqualTo(v1);
        assertThat(catalog.published(v1.id())).isEqualTo(v1);
        assertThat(catalog.get(partner, v1.id())).isEqualTo(v1);
        assertThat(catalog.get(teacher, v1.id())).isEqualTo(v1);
    }

    @Test
    void a_draft_is_invisible_to_anyone_but_administrators() {
        Questionnaire draft = catalog.create(admin, Optional.of(v1.id()), Optional.of("Version 2"));

        assertThat(catalog.get(admin, draft.id()).title()).isEqualTo("Version 2");
        assertThatThrownBy(() -> catalog.get(teacher, draft.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> catalog.get(partner, draft.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() -> catalog.published(draft.id())).isInstanceOf(ObjectNotFoundException.class);
        assertThat(catalog.list(teacher, Optional.empty(), PageRequest.first(10))
                        .items())
                .containsExactly(v1);
        assertThat(catalog.list(teacher, Optional.of(QuestionnaireStatus.DRAFT), PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(catalog.list(admin, Optional.empty(), PageRequest.first(10)).items())
                .extracting(Questionnaire::id)
                .containsExactly(draft.id(), v1.id());
    }

    @Test
    void only_administrators_prepare_drafts() {
        assertThatThrownBy(() -> catalog.create(teacher, Optional.empty(), Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.create(partner, Optional.empty(), Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.publish(teacher, v1.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_empty_draft_gets_a_title_and_no_sections() {
        Questionnaire draft = catalog.create(admin, Optional.empty(), Optional.empty());
        assertThat(draft.title()).isEqualTo(QuestionnaireCatalog.NEW_TITLE);
        assertThat(draft.sections()).isEmpty();
        assertThat(draft.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(draft.createdAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void a_draft_is_replaced_at_its_revision_and_published_as_the_next_version() {
        Questionnaire draft = catalog.create(admin, Optional.of(v1.id()), Optional.empty());
        Questionnaire edited = catalog.replace(
                admin, draft.id(), ExpectedVersion.of(0), v1.content().withTitle("Second"));
        assertThat(edited.revision()).isEqualTo(1);
        assertThatThrownBy(() -> catalog.replace(admin, draft.id(), ExpectedVersion.of(0), v1.content()))
                .isInstanceOf(StaleVersionException.class);

        Questionnaire published = catalog.publish(admin, draft.id());

        assertThat(published.versionNumber()).contains(2);
        assertThat(published.publishedAt()).contains(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(catalog.current().id()).isEqualTo(draft.id());
        assertThat(catalog.published(v1.id())).isEqualTo(v1);
        assertThatThrownBy(() -> catalog.publish(admin, draft.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        catalog.replace(admin, draft.id(), ExpectedVersion.of(published.revision()), v1.content()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> catalog.delete(admin, draft.id(), ExpectedVersion.of(published.revision())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void publishing_an_incomplete_draft_is_refused() {
        Questionnaire draft = catalog.create(admin, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> catalog.publish(admin, draft.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("PEDAGOGICAL_CONCEPTIONS has 0 scored items");
    }

    @Test
    void a_draft_is_deleted_at_its_revision() {
        Questionnaire draft = catalog.create(admin, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> catalog.delete(admin, draft.id(), ExpectedVersion.of(3)))
                .isInstanceOf(StaleVersionException.class);
        catalog.delete(admin, draft.id(), ExpectedVersion.of(0));
        assertThatThrownBy(() -> catalog.get(admin, draft.id())).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void a_preview_checks_the_answers_and_scores_them() {
        ScoringResult result = catalog.preview(
                partner,
                v1.id(),
                List.of(
                        new Answer.Likert("creativity-1", 5),
                        new Answer.Choices("tn-areas", List.of("digital-pedagogy"))),
                false);
        assertThat(result.questionnaireId()).isEqualTo(v1.id());
        assertThat(result.scores())
                .singleElement()
                .satisfies(s -> assertThat(s.score()).isEqualTo(100));
        assertThat(result.trainingTopics()).containsExactly("digital-pedagogy");
        assertThatThrownBy(() -> catalog.preview(teacher, v1.id(), List.of(), true))
                .isInstanceOf(eu.loopmentoring.domain.shared.InvalidInputException.class);
    }

    @Test
    void there_is_no_current_questionnaire_before_the_first_publication() {
        QuestionnaireCatalog empty = new QuestionnaireCatalog(new InMemoryQuestionnaires(), Clock.systemUTC());
        assertThatThrownBy(empty::current).isInstanceOf(ObjectNotFoundException.class);
    }
}
