package eu.loopmentoring.persistence.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.domain.questionnaire.ChoiceOption;
import eu.loopmentoring.domain.questionnaire.Item;
import eu.loopmentoring.domain.questionnaire.ItemKind;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireContent;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.Section;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireDocument.ItemDocument;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireDocument.OptionDocument;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireDocument.SectionDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Questionnaires and their rows; the content goes through {@link QuestionnaireDocument} as JSON. */
@ApplicationScoped
public class QuestionnaireEntityMapper {

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Questionnaire toDomain(QuestionnaireEntity entity) {
        return new Questionnaire(
                entity.getId(),
                Optional.ofNullable(entity.getVersionNumber()),
                QuestionnaireStatus.valueOf(entity.getStatus()),
                new QuestionnaireContent(
                        entity.getTitle(),
                        entity.getIntroduction(),
                        entity.getLanguage(),
                        sections(entity.getContent())),
                entity.getCreatedAt(),
                Optional.ofNullable(entity.getPublishedAt()),
                entity.getRevision());
    }

    /** A new row for a new questionnaire. */
    public QuestionnaireEntity toEntity(Questionnaire questionnaire) {
        QuestionnaireEntity entity = new QuestionnaireEntity();
        entity.setId(questionnaire.id());
        entity.setCreatedAt(questionnaire.createdAt());
        entity.setRevision(questionnaire.revision());
        copy(questionnaire, entity);
        return entity;
    }

    /** What changes in a questionnaire's life: its content while a draft, then its publication. */
    public void copy(Questionnaire questionnaire, QuestionnaireEntity entity) {
        entity.setStatus(questionnaire.status().name());
        entity.setVersionNumber(questionnaire.versionNumber().orElse(null));
        entity.setPublishedAt(questionnaire.publishedAt().orElse(null));
        entity.setTitle(questionnaire.title());
        entity.setIntroduction(questionnaire.introduction());
        entity.setLanguage(questionnaire.language());
        entity.setContent(content(questionnaire.sections()));
    }

    private List<Section> sections(String content) {
        try {
            return json.readValue(content, QuestionnaireDocument.class).sections().stream()
                    .map(QuestionnaireEntityMapper::section)
                    .toList();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored questionnaire's content cannot be read", e);
        }
    }

    private String content(List<Section> sections) {
        try {
            return json.writeValueAsString(new QuestionnaireDocument(
                    sections.stream().map(QuestionnaireEntityMapper::document).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a questionnaire's content cannot be written", e);
        }
    }

    private static Section section(SectionDocument section) {
        return new Section(
                ProfileDimension.valueOf(section.dimension()),
                section.title(),
                section.description() == null ? "" : section.description(),
                section.items() == null
                        ? List.of()
                        : section.items().stream()
                                .map(QuestionnaireEntityMapper::item)
                                .toList());
    }

    private static Item item(ItemDocument item) {
        return new Item(
                item.key(),
                ItemKind.valueOf(item.kind()),
                item.text(),
                Optional.ofNullable(item.helpText()),
                item.required(),
                item.scored(),
                item.reverseScored(),
                item.options() == null
                        ? List.of()
                        : item.options().stream()
                                .map(o -> new ChoiceOption(o.value(), o.label(), Optional.ofNullable(o.points())))
                                .toList(),
                Optional.ofNullable(item.maxSelections()),
                Optional.ofNullable(item.maxLength()));
    }

    private static SectionDocument document(Section section) {
        return new SectionDocument(
                section.dimension().name(),
                section.title(),
                section.description(),
                section.items().stream()
                        .map(QuestionnaireEntityMapper::document)
                        .toList());
    }

    private static ItemDocument document(Item item) {
        return new ItemDocument(
                item.key(),
                item.kind().name(),
                item.text(),
                item.helpText().orElse(null),
                item.required(),
                item.scored(),
                item.reverseScored(),
                item.options().isEmpty()
                        ? null
                        : item.options().stream()
                                .map(o -> new OptionDocument(
                                        o.value(), o.label(), o.points().orElse(null)))
                                .toList(),
                item.maxSelections().orElse(null),
                item.maxLength().orElse(null));
    }
}
