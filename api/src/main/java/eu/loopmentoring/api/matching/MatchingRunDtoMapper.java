package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Summary;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.openapi.v1.model.MatchContributionDto;
import eu.loopmentoring.openapi.v1.model.MatchCriterionDto;
import eu.loopmentoring.openapi.v1.model.MatchExplanationDto;
import eu.loopmentoring.openapi.v1.model.MatchFilterDto;
import eu.loopmentoring.openapi.v1.model.MatchSharedDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunExclusionDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunLoadDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunPairDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunProgressDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunPublicationDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunResultDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunStatusDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunUnmatchedRequestDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Runs, their pairs and unmatched requests on the wire; scores in points with three decimals. */
@ApplicationScoped
public class MatchingRunDtoMapper {

    private final DtoConversions conversions;

    MatchingRunDtoMapper(DtoConversions conversions) {
        this.conversions = conversions;
    }

    public MatchingRunDto toDto(MatchingRun run) {
        return new MatchingRunDto()
                .id(run.id())
                .coalitionId(run.coalitionId())
                .status(convert(run.status(), MatchingRunStatusDto.class))
                .progress(new MatchingRunProgressDto()
                        .phase(run.progress()
                                .phase()
                                .map(p -> MatchingRunProgressDto.PhaseEnum.valueOf(p.name()))
                                .orElse(null))
                        .done(run.progress().done())
                        .total(run.progress().total()))
                .policyVersion(run.policyVersion())
                .result(run.summary().map(this::toDto).orElse(null))
                .failure(run.failure().orElse(null))
                .publication(run.publication()
                        .map(p -> new MatchingRunPublicationDto()
                                .proposed(p.proposed())
                                .skipped(p.skipped()))
                        .orElse(null))
                .createdAt(conversions.utc(run.createdAt()))
                .startedAt(conversions.utc(run.startedAt()))
                .finishedAt(conversions.utc(run.finishedAt()))
                .decidedAt(conversions.utc(run.decidedAt()));
    }

    private MatchingRunResultDto toDto(Summary s) {
        return new MatchingRunResultDto()
                .inputHash(s.inputHash())
                .requests(s.requests())
                .offers(s.offers())
                .matched(s.matched())
                .unmatched(s.requests() - s.matched())
                .totalScore(points(s.totalMilliPoints()))
                .blockingPairs(s.blockingPairs())
                .loadDistribution(s.loadHistogram().entrySet().stream()
                        .map(e -> new MatchingRunLoadDto().mentees(e.getKey()).offers(e.getValue()))
                        .toList());
    }

    public MatchingRunPairDto toDto(RunPair p) {
        return new MatchingRunPairDto()
                .id(p.id())
                .runId(p.runId())
                .requestId(p.requestId())
                .offerId(p.offerId())
                .menteeId(p.menteeId())
                .mentorId(p.mentorId())
                .score(points(p.milliPoints()))
                .contributions(contributions(p))
                .filtersApplied(filters(p))
                .shared(shared(p.shared()))
                .outcome(p.outcome()
                        .map(o -> MatchingRunPairDto.OutcomeEnum.valueOf(o.name()))
                        .orElse(null))
                .skipReason(p.skipReason().orElse(null))
                .proposalId(p.proposalId().orElse(null));
    }

    public MatchExplanationDto toExplanation(RunPair p) {
        return new MatchExplanationDto()
                .matchId(p.id())
                .runId(p.runId())
                .requestId(p.requestId())
                .offerId(p.offerId())
                .menteeId(p.menteeId())
                .mentorId(p.mentorId())
                .proposalId(p.proposalId().orElse(null))
                .score(points(p.milliPoints()))
                .contributions(contributions(p))
                .filtersApplied(filters(p))
                .shared(shared(p.shared()));
    }

    public MatchingRunUnmatchedRequestDto toDto(RunUnmatched u) {
        return new MatchingRunUnmatchedRequestDto()
                .requestId(u.requestId())
                .menteeId(u.menteeId())
                .reason(MatchingRunUnmatchedRequestDto.ReasonEnum.valueOf(
                        u.reason().name()))
                .feasibleOffers(u.feasibleOffers())
                .excludedBy(u.excludedBy().entrySet().stream()
                        .map(e -> new MatchingRunExclusionDto()
                                .filter(convert(e.getKey(), MatchFilterDto.class))
                                .offers(e.getValue()))
                        .toList());
    }

    List<MatchContributionDto> contributions(RunPair p) {
        return p.contributions().entrySet().stream()
                .map(e -> new MatchContributionDto()
                        .criterion(convert(e.getKey(), MatchCriterionDto.class))
                        .points(points(e.getValue())))
                .toList();
    }

    List<MatchFilterDto> filters(RunPair p) {
        return p.filtersApplied().stream()
                .map(f -> convert(f, MatchFilterDto.class))
                .toList();
    }

    MatchSharedDto shared(PairExplanation.Shared shared) {
        return new MatchSharedDto()
                .languages(new ArrayList<>(shared.languages()))
                .formats(shared.formats().stream()
                        .map(f -> convert(f, MentoringFormatDto.class))
                        .toList())
                .modes(shared.modes().stream()
                        .map(m -> convert(m, MentoringModeDto.class))
                        .toList())
                .region(shared.region().orElse(null));
    }

    static double points(long milliPoints) {
        return BigDecimal.valueOf(milliPoints, 3).doubleValue();
    }
}
