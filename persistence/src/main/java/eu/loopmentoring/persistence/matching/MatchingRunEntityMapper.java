package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Phase;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Progress;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Publication;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Summary;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mapstruct.AfterMapping;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Runs, their pairs and unmatched requests between rows and the domain's records; enumerations by name. */
@Mapper(uses = NullableColumns.class)
public interface MatchingRunEntityMapper {

    @Mapping(target = "progress", source = ".")
    @Mapping(target = "summary", source = ".")
    @Mapping(target = "publication", source = ".")
    MatchingRun toDomain(MatchingRunEntity entity);

    @Mapping(target = "done", source = "progressDone")
    @Mapping(target = "total", source = "progressTotal")
    Progress progress(MatchingRunEntity entity);

    /** A run has its figures once it is done. */
    default Optional<Summary> summary(MatchingRunEntity entity) {
        return entity.getInputHash() == null ? Optional.empty() : Optional.of(figures(entity));
    }

    @Mapping(target = "totalMilliPoints", source = "totalMilli")
    Summary figures(MatchingRunEntity entity);

    /** A run has its publication's counts once it is published. */
    default Optional<Publication> publication(MatchingRunEntity entity) {
        return entity.getProposed() == null
                ? Optional.empty()
                : Optional.of(new Publication(entity.getProposed(), entity.getSkipped()));
    }

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "id")
    @Mapping(target = "coalitionId")
    @Mapping(target = "requestedBy")
    @Mapping(target = "policyVersion")
    @Mapping(target = "status")
    @Mapping(target = "phase", source = "progress.phase")
    @Mapping(target = "progressDone", source = "progress.done")
    @Mapping(target = "progressTotal", source = "progress.total")
    @Mapping(target = "failure")
    @Mapping(target = "createdAt")
    @Mapping(target = "startedAt")
    @Mapping(target = "heartbeatAt", source = "startedAt")
    @Mapping(target = "finishedAt")
    @Mapping(target = "decidedAt")
    @Mapping(target = "version")
    MatchingRunEntity toEntity(MatchingRun run);

    @AfterMapping
    default void results(MatchingRun run, @MappingTarget MatchingRunEntity entity) {
        run.summary().ifPresent(summary -> figures(summary, entity));
        run.publication().ifPresent(publication -> publication(publication, entity));
    }

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "inputHash")
    @Mapping(target = "requests")
    @Mapping(target = "offers")
    @Mapping(target = "matched")
    @Mapping(target = "totalMilli", source = "totalMilliPoints")
    @Mapping(target = "blockingPairs")
    @Mapping(target = "loadHistogram")
    void figures(Summary summary, @MappingTarget MatchingRunEntity entity);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "proposed")
    @Mapping(target = "skipped")
    void publication(Publication publication, @MappingTarget MatchingRunEntity entity);

    @Mapping(target = "contributions", source = "explanation.contributions")
    @Mapping(target = "filtersApplied", source = "explanation.filters")
    @Mapping(target = "shared", source = "explanation")
    RunPair toDomain(MatchingRunPairEntity entity);

    PairExplanation.Shared shared(PairExplanationDocument explanation);

    /** The names are the people's, read with the row. */
    @Mapping(target = "explanation", source = ".")
    @Mapping(target = "menteeName", ignore = true)
    @Mapping(target = "mentorName", ignore = true)
    MatchingRunPairEntity toEntity(RunPair pair);

    @Mapping(target = "filters", source = "filtersApplied")
    @Mapping(target = "languages", source = "shared.languages")
    @Mapping(target = "formats", source = "shared.formats")
    @Mapping(target = "modes", source = "shared.modes")
    @Mapping(target = "region", source = "shared.region")
    PairExplanationDocument explanation(RunPair pair);

    RunUnmatched toDomain(MatchingRunUnmatchedEntity entity);

    @Mapping(target = "menteeName", ignore = true)
    MatchingRunUnmatchedEntity toEntity(RunUnmatched unmatched);

    default SortedMap<Integer, Integer> histogram(Map<Integer, Integer> histogram) {
        return new TreeMap<>(histogram);
    }

    default Optional<Phase> phase(String phase) {
        return Optional.ofNullable(phase).map(Phase::valueOf);
    }

    default String phase(Optional<Phase> phase) {
        return phase.map(Phase::name).orElse(null);
    }

    default Optional<RunPair.Outcome> outcome(String outcome) {
        return Optional.ofNullable(outcome).map(RunPair.Outcome::valueOf);
    }

    default String outcome(Optional<RunPair.Outcome> outcome) {
        return outcome.map(RunPair.Outcome::name).orElse(null);
    }
}
