package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.matching.Contribution;
import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.mentoring.MatchSuggestion;
import eu.loopmentoring.openapi.v1.model.MatchContributionDto;
import eu.loopmentoring.openapi.v1.model.MatchCriterionDto;
import eu.loopmentoring.openapi.v1.model.MatchFilterDto;
import eu.loopmentoring.openapi.v1.model.MatchSharedDto;
import eu.loopmentoring.openapi.v1.model.MatchSuggestionDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import eu.loopmentoring.openapi.v1.model.PersonReferenceDto;
import java.math.BigDecimal;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Suggestions and their explanations on the wire; criteria, filters, formats and modes keep their names. */
@Mapper(uses = DtoConversions.class)
public interface MatchingDtoMapper {

    @Mapping(target = ".", source = "explanation")
    @Mapping(target = "person", expression = "java(person(suggestion))")
    @Mapping(target = "score", expression = "java(points(suggestion.explanation().milliPoints()))")
    MatchSuggestionDto toDto(MatchSuggestion suggestion);

    @Mapping(target = "criterion", expression = "java(toDto(contribution.criterion()))")
    @Mapping(target = "points", expression = "java(points(contribution.milliPoints()))")
    MatchContributionDto toDto(Contribution contribution);

    MatchSharedDto toDto(PairExplanation.Shared shared);

    MatchCriterionDto toDto(Criterion criterion);

    MatchFilterDto toDto(Filter filter);

    MentoringFormatDto toDto(MeetingFormat format);

    MentoringModeDto toDto(MeetingMode mode);

    default PersonReferenceDto person(MatchSuggestion suggestion) {
        return new PersonReferenceDto().id(suggestion.personId()).displayName(suggestion.displayName());
    }

    /** Scores on the wire are points with three decimals. */
    @Named("points")
    default double points(long milliPoints) {
        return BigDecimal.valueOf(milliPoints, 3).doubleValue();
    }
}
