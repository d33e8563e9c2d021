package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.api.platform.mapping.PageMapping;
import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Phase;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Publication;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Status;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Summary;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.model.MatchContributionDto;
import eu.loopmentoring.openapi.v1.model.MatchExplanationDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunExclusionDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunLoadDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunPageDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunPairDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunProgressDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunPublicationDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunResultDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunStatusDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunUnmatchedRequestDto;
import eu.loopmentoring.openapi.v1.model.PersonReferenceDto;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Runs, their pairs and unmatched requests on the wire; scores in points with three decimals. */
@Mapper(uses = {DtoConversions.class, MatchingDtoMapper.class})
public interface MatchingRunDtoMapper {

    @Mapping(target = "result", source = "summary")
    MatchingRunDto toDto(MatchingRun run);

    MatchingRunProgressDto toDto(MatchingRun.Progress progress);

    @Mapping(target = "unmatched", expression = "java(summary.requests() - summary.matched())")
    @Mapping(target = "totalScore", source = "totalMilliPoints", qualifiedByName = "points")
    @Mapping(target = "loadDistribution", source = "loadHistogram")
    MatchingRunResultDto toDto(Summary summary);

    MatchingRunPublicationDto toDto(Publication publication);

    @Mapping(target = "mentee", expression = "java(person(pair.menteeId(), pair.menteeName()))")
    @Mapping(target = "mentor", expression = "java(person(pair.mentorId(), pair.mentorName()))")
    @Mapping(target = "score", source = "milliPoints", qualifiedByName = "points")
    MatchingRunPairDto toDto(RunPair pair);

    @Mapping(target = "matchId", source = "id")
    @Mapping(target = "mentee", expression = "java(person(pair.menteeId(), pair.menteeName()))")
    @Mapping(target = "mentor", expression = "java(person(pair.mentorId(), pair.mentorName()))")
    @Mapping(target = "score", source = "milliPoints", qualifiedByName = "points")
    MatchExplanationDto toExplanation(RunPair pair);

    @Mapping(target = "mentee", expression = "java(person(unmatched.menteeId(), unmatched.menteeName()))")
    MatchingRunUnmatchedRequestDto toDto(RunUnmatched unmatched);

    @PageMapping
    MatchingRunPageDto runs(Page<MatchingRun> page, String next);

    /** Someone who erased their account is still named, with an empty name. */
    default PersonReferenceDto person(UUID id, Optional<String> displayName) {
        return new PersonReferenceDto().id(id).displayName(displayName.orElse(""));
    }

    MatchingRunStatusDto toDto(Status status);

    MatchingRunProgressDto.PhaseEnum toDto(Phase phase);

    MatchingRunPairDto.OutcomeEnum toDto(RunPair.Outcome outcome);

    MatchingRunUnmatchedRequestDto.ReasonEnum toDto(UnmatchedReason reason);

    default MatchingRunProgressDto.PhaseEnum phase(Optional<Phase> phase) {
        return phase.map(this::toDto).orElse(null);
    }

    default MatchingRunResultDto summary(Optional<Summary> summary) {
        return summary.map(this::toDto).orElse(null);
    }

    default MatchingRunPublicationDto publication(Optional<Publication> publication) {
        return publication.map(this::toDto).orElse(null);
    }

    default MatchingRunPairDto.OutcomeEnum outcome(Optional<RunPair.Outcome> outcome) {
        return outcome.map(this::toDto).orElse(null);
    }

    default List<MatchingRunLoadDto> load(SortedMap<Integer, Integer> histogram) {
        return histogram.entrySet().stream()
                .map(e -> new MatchingRunLoadDto().mentees(e.getKey()).offers(e.getValue()))
                .toList();
    }

    default List<MatchContributionDto> contributions(Map<Criterion, Long> contributions) {
        return contributions.entrySet().stream().map(this::contribution).toList();
    }

    @Mapping(target = "criterion", source = "key")
    @Mapping(target = "points", source = "value", qualifiedByName = "points")
    MatchContributionDto contribution(Map.Entry<Criterion, Long> contribution);

    default List<MatchingRunExclusionDto> exclusions(Map<Filter, Integer> excludedBy) {
        return excludedBy.entrySet().stream().map(this::exclusion).toList();
    }

    @Mapping(target = "filter", source = "key")
    @Mapping(target = "offers", source = "value")
    MatchingRunExclusionDto exclusion(Map.Entry<Filter, Integer> exclusion);
}
