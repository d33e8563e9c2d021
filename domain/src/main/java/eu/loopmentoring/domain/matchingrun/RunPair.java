package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.shared.Enums;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One pair of a run, as stored: who with whom, the score and each criterion's contribution
 * (in milli-points, adding up to the score), the filters it passed, what the two share, and once
 * the run is published, whether it became a proposal or was skipped, and why. The names of the two
 * people are read with the pair, as they are now (none for a pair just computed, nor for an erased
 * account).
 */
public record RunPair(
        UUID id,
        UUID runId,
        UUID requestId,
        UUID offerId,
        UUID menteeId,
        UUID mentorId,
        Optional<String> menteeName,
        Optional<String> mentorName,
        long milliPoints,
        Map<Criterion, Long> contributions,
        Set<Filter> filtersApplied,
        PairExplanation.Shared shared,
        Optional<Outcome> outcome,
        Optional<String> skipReason,
        Optional<UUID> proposalId) {

    /** A skip reason is cut to this many characters, as stored. */
    public static final int MAX_REASON_LENGTH = 500;

    public enum Outcome {
        PROPOSED,
        SKIPPED
    }

    public RunPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(menteeName, "menteeName");
        Objects.requireNonNull(mentorName, "mentorName");
        EnumMap<Criterion, Long> copy = new EnumMap<>(Criterion.class);
        copy.putAll(contributions);
        long sum = copy.values().stream().mapToLong(Long::longValue).sum();
        if (sum != milliPoints) {
            throw new IllegalArgumentException("contributions add up to " + sum + ", not " + milliPoints);
        }
        contributions = Collections.unmodifiableMap(copy);
        filtersApplied = Enums.orderedSet(Filter.class, filtersApplied);
        Objects.requireNonNull(shared, "shared");
    }

    public static RunPair of(UUID runId, UUID menteeId, UUID mentorId, PairExplanation e) {
        Map<Criterion, Long> contributions = new EnumMap<>(Criterion.class);
        e.contributions().forEach(c -> contributions.merge(c.criterion(), c.milliPoints(), Long::sum));
        return new RunPair(
                UUID.randomUUID(),
                runId,
                e.requestId(),
                e.offerId(),
                menteeId,
                mentorId,
                Optional.empty(),
                Optional.empty(),
                e.milliPoints(),
                contributions,
                e.filtersApplied(),
                e.shared(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public boolean involves(UUID person) {
        return menteeId.equals(person) || mentorId.equals(person);
    }

    public RunPair proposed(UUID proposal) {
        return withOutcome(Outcome.PROPOSED, Optional.empty(), Optional.of(proposal));
    }

    public RunPair skipped(String reason) {
        return withOutcome(
                Outcome.SKIPPED,
                Optional.of(reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH)),
                Optional.empty());
    }

    private RunPair withOutcome(Outcome outcome, Optional<String> reason, Optional<UUID> proposal) {
        return new RunPair(
                id,
                runId,
                requestId,
                offerId,
                menteeId,
                mentorId,
                menteeName,
                mentorName,
                milliPoints,
                contributions,
                filtersApplied,
                shared,
                Optional.of(outcome),
                reason,
                proposal);
    }
}
