package eu.loopmentoring.persistence.questionnaire;

import eu.loopmentoring.domain.questionnaire.ChoiceOption;
import eu.loopmentoring.domain.questionnaire.Item;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireContent;
import eu.loopmentoring.domain.questionnaire.Section;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireDocument.ItemDocument;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireDocument.OptionDocument;
import eu.loopmentoring.persistence.questionnaire.QuestionnaireDocument.SectionDocument;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValueMappingStrategy;

/** Questionnaires and their rows; the content is a {@link QuestionnaireDocument} in a JSON column. */
@Mapper(uses = NullableColumns.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface QuestionnaireEntityMapper {

    @Mapping(target = "content", source = ".")
    Questionnaire toDomain(QuestionnaireEntity entity);

    @Mapping(target = "sections", source = "content.sections")
    QuestionnaireContent content(QuestionnaireEntity entity);

    @Mapping(target = "description", defaultValue = "")
    Section toDomain(SectionDocument section);

    Item toDomain(ItemDocument item);

    ChoiceOption toDomain(OptionDocument option);

    /** A new row for a new questionnaire. */
    default QuestionnaireEntity toEntity(Questionnaire questionnaire) {
        QuestionnaireEntity entity = new QuestionnaireEntity();
        entity.setId(questionnaire.id());
        entity.setCreatedAt(questionnaire.createdAt());
        entity.setRevision(questionnaire.revision());
        copy(questionnaire, entity);
        return entity;
    }

    /** What changes in a questionnaire's life: its content while a draft, then its publication. */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "status")
    @Mapping(target = "versionNumber")
    @Mapping(target = "publishedAt")
    @Mapping(target = "title", source = "content.title")
    @Mapping(target = "introduction", source = "content.introduction")
    @Mapping(target = "language", source = "content.language")
    @Mapping(target = "content", source = "content.sections")
    void copy(Questionnaire questionnaire, @MappingTarget QuestionnaireEntity entity);

    default QuestionnaireDocument document(List<Section> sections) {
        return new QuestionnaireDocument(sections.stream().map(this::document).toList());
    }

    SectionDocument document(Section section);

    @Mapping(target = "options", expression = "java(options(item.options()))")
    ItemDocument document(Item item);

    OptionDocument document(ChoiceOption option);

    /** A question without options stores none. */
    default List<OptionDocument> options(List<ChoiceOption> options) {
        return options.isEmpty() ? null : options.stream().map(this::document).toList();
    }
}
