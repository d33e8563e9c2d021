package eu.loopmentoring.api.questionnaire;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.questionnaire.Answer;
import eu.loopmentoring.domain.questionnaire.ChoiceOption;
import eu.loopmentoring.domain.questionnaire.DimensionScore;
import eu.loopmentoring.domain.questionnaire.Item;
import eu.loopmentoring.domain.questionnaire.ItemKind;
import eu.loopmentoring.domain.questionnaire.Questionnaire;
import eu.loopmentoring.domain.questionnaire.QuestionnaireContent;
import eu.loopmentoring.domain.questionnaire.QuestionnaireStatus;
import eu.loopmentoring.domain.questionnaire.ScoringResult;
import eu.loopmentoring.domain.questionnaire.Section;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.openapi.v1.model.AnswerDto;
import eu.loopmentoring.openapi.v1.model.DimensionScoreDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireContentDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireItemDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireItemKindDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireOptionDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireSectionDto;
import eu.loopmentoring.openapi.v1.model.QuestionnaireStatusDto;
import eu.loopmentoring.openapi.v1.model.ScoredItemDto;
import eu.loopmentoring.openapi.v1.model.ScoringPreviewDto;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = DtoConversions.class)
public interface QuestionnaireDtoMapper {

    @Mapping(target = "title", source = "content.title")
    @Mapping(target = "introduction", source = "content.introduction")
    @Mapping(target = "language", source = "content.language")
    @Mapping(target = "sections", source = "content.sections")
    QuestionnaireDto toDto(Questionnaire questionnaire);

    QuestionnaireSectionDto toDto(Section section);

    QuestionnaireItemDto toDto(Item item);

    QuestionnaireOptionDto toDto(ChoiceOption option);

    DimensionScoreDto toDto(DimensionScore score);

    ScoredItemDto toDto(DimensionScore.ScoredItem item);

    ScoringPreviewDto toDto(ScoringResult result);

    ProfileDimension toDomain(ProfileDimensionDto dimension);

    ItemKind toDomain(QuestionnaireItemKindDto kind);

    QuestionnaireStatus toDomain(QuestionnaireStatusDto status);

    /** Choice items only: the others have no options on the wire. */
    default List<QuestionnaireOptionDto> options(List<ChoiceOption> options) {
        return options.isEmpty() ? null : options.stream().map(this::toDto).toList();
    }

    default Integer number(Optional<Integer> value) {
        return value.orElse(null);
    }

    /** The whole content of a draft; what the contract leaves out gets its default. */
    default QuestionnaireContent toDomain(QuestionnaireContentDto content) {
        return new QuestionnaireContent(
                content.getTitle(),
                orEmpty(content.getIntroduction()),
                content.getLanguage() == null ? "en" : content.getLanguage(),
                orEmpty(content.getSections()).stream().map(this::toDomain).toList());
    }

    default Section toDomain(QuestionnaireSectionDto section) {
        return new Section(
                toDomain(section.getDimension()),
                section.getTitle(),
                orEmpty(section.getDescription()),
                orEmpty(section.getItems()).stream().map(this::toDomain).toList());
    }

    default Item toDomain(QuestionnaireItemDto item) {
        return new Item(
                item.getKey(),
                toDomain(item.getKind()),
                item.getText(),
                Optional.ofNullable(item.getHelpText()),
                Boolean.TRUE.equals(item.getRequired()),
                Boolean.TRUE.equals(item.getScored()),
                Boolean.TRUE.equals(item.getReverseScored()),
                orEmpty(item.getOptions()).stream()
                        .map(o -> new ChoiceOption(o.getValue(), o.getLabel(), Optional.ofNullable(o.getPoints())))
                        .toList(),
                Optional.ofNullable(item.getMaxSelections()),
                Optional.ofNullable(item.getMaxLength()));
    }

    /** Each answer names its item and gives exactly one kind of value; the path names the one that does not. */
    default List<Answer> toDomain(List<AnswerDto> answers) {
        List<AnswerDto> given = orEmpty(answers);
        return IntStream.range(0, given.size())
                .mapToObj(i -> {
                    AnswerDto a = given.get(i);
                    return Answer.of(
                            "answers[" + i + "]",
                            a.getItemKey(),
                            a.getLikert(),
                            a.getChoice(),
                            a.getChoices(),
                            a.getText());
                })
                .toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
