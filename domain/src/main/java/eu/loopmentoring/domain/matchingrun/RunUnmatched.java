package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A request a run left unmatched, and why (see {@link eu.loopmentoring.domain.matching.MatchingResult});
 * the mentee's name as in {@link RunPair}.
 */
public record RunUnmatched(
        UUID runId,
        UUID requestId,
        UUID menteeId,
        Optional<String> menteeName,
        UnmatchedReason reason,
        int feasibleOffers,
        Map<Filter, Integer> excludedBy) {

    public RunUnmatched {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(menteeName, "menteeName");
        Objects.requireNonNull(reason, "reason");
        EnumMap<Filter, Integer> copy = new EnumMap<>(Filter.class);
        copy.putAll(excludedBy);
        excludedBy = Collections.unmodifiableMap(copy);
    }
}
