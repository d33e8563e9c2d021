package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.shared.Enums;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Why a request and an offer fit: the score, each criterion's contribution (which add up to it
 * exactly), what the two share, and the must-have filters they passed.
 */
public record PairExplanation(
        UUID requestId,
        UUID offerId,
        long milliPoints,
        List<Contribution> contributions,
        Shared shared,
        Set<Filter> filtersApplied) {

    /** What the two have in common for meeting: languages, formats, modes and, in person, the region. */
    public record Shared(
            List<String> languages, Set<MeetingFormat> formats, Set<MeetingMode> modes, Optional<String> region) {
        public Shared {
            languages = List.copyOf(languages);
            formats = Enums.orderedSet(MeetingFormat.class, formats);
            modes = Enums.orderedSet(MeetingMode.class, modes);
        }
    }

    public PairExplanation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(offerId, "offerId");
        contributions = List.copyOf(contributions);
        long sum = contributions.stream().mapToLong(Contribution::milliPoints).sum();
        if (sum != milliPoints) {
            throw new IllegalArgumentException("contributions add up to " + sum + ", not " + milliPoints);
        }
        Objects.requireNonNull(shared, "shared");
        filtersApplied = Enums.orderedSet(Filter.class, filtersApplied);
    }

    public BigDecimal score() {
        return Points.of(milliPoints);
    }
}
