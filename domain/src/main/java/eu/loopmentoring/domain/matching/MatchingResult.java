package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The outcome of a batch run, everything ordered by id so that equal inputs give equal results:
 *
 * @param inputHash SHA-256 (hex) of the canonical input and the whole policy, version included
 * @param pairs the assignment, by request id, each with its explanation
 * @param unmatched every request left out, by request id, with the reason
 * @param totalMilliPoints the sum of the pairs' scores
 * @param blockingPairs feasible pairs (request r, offer o) not matched together where r would gain
 *     (it is unmatched, or scores higher with o than with its match) and o would take r (it has room
 *     left, or scores r higher than the lowest-scored mentee it got); both sides rank by the pair's
 *     score, so these are the pairs who would both prefer each other to what they got
 * @param loadHistogram for each number of mentees assigned, how many offers got that many
 */
public record MatchingResult(
        String inputHash,
        int policyVersion,
        Objective objective,
        List<MatchedPair> pairs,
        List<UnmatchedRequest> unmatched,
        long totalMilliPoints,
        long blockingPairs,
        SortedMap<Integer, Integer> loadHistogram,
        Statistics statistics) {

    public record MatchedPair(
            UUID requestId, UUID offerId, UUID menteeId, UUID mentorId, PairExplanation explanation) {}

    /**
     * @param feasibleOffers offers that passed every filter for this request
     * @param excludedBy with NO_FEASIBLE_MENTOR, for each filter, how many offers it excluded (an
     *     offer failing several filters counts for each)
     */
    public record UnmatchedRequest(
            UUID requestId, UnmatchedReason reason, int feasibleOffers, Map<Filter, Integer> excludedBy) {
        public UnmatchedRequest {
            EnumMap<Filter, Integer> copy = new EnumMap<>(Filter.class);
            copy.putAll(excludedBy);
            excludedBy = Collections.unmodifiableMap(copy);
        }
    }

    public enum UnmatchedReason {
        /** Every offer fails at least one filter for this request (see {@code excludedBy}). */
        NO_FEASIBLE_MENTOR,
        /** Some offers passed every filter, but each of them is full with mentees that fit it better. */
        CAPACITY_TAKEN
    }

    /**
     * How the run went: pairs that passed the filters, candidate edges the optimiser kept (the best
     * {@code edgesPerRequest} per request, plus any the optimality check had to add), and the
     * optimiser's rounds (more than one when the check found a left-out edge that could improve
     * the result, which it then adds before solving again: the result is exact either way).
     */
    public record Statistics(long feasiblePairs, long candidateEdges, int rounds, int edgesPerRequest) {}

    public MatchingResult {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        loadHistogram = Collections.unmodifiableSortedMap(new TreeMap<>(loadHistogram));
    }

    public int matched() {
        return pairs.size();
    }

    public BigDecimal totalScore() {
        return Points.of(totalMilliPoints);
    }
}
