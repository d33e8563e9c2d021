package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;

import eu.loopmentoring.domain.matching.Contribution;
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
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;

/** Suggestions and their explanations on the wire; criteria, filters, formats and modes keep their names. */
@ApplicationScoped
public class MatchingDtoMapper {

    public MatchSuggestionDto toDto(MatchSuggestion suggestion) {
        PairExplanation e = suggestion.explanation();
        return new MatchSuggestionDto()
                .person(new PersonReferenceDto().id(suggestion.personId()).displayName(suggestion.displayName()))
                .requestId(e.requestId())
                .offerId(e.offerId())
                .score(e.score().doubleValue())
                .contributions(e.contributions().stream().map(this::toDto).toList())
                .filtersApplied(e.filtersApplied().stream()
                        .map(f -> convert(f, MatchFilterDto.class))
                        .toList())
                .shared(new MatchSharedDto()
                        .languages(new ArrayList<>(e.shared().languages()))
                        .formats(e.shared().formats().stream()
                                .map(f -> convert(f, MentoringFormatDto.class))
                                .toList())
                        .modes(e.shared().modes().stream()
                                .map(m -> convert(m, MentoringModeDto.class))
                                .toList())
                        .region(e.shared().region().orElse(null)));
    }

    private MatchContributionDto toDto(Contribution c) {
        return new MatchContributionDto()
                .criterion(convert(c.criterion(), MatchCriterionDto.class))
                .points(c.points().doubleValue());
    }
}
