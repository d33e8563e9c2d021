package eu.loopmentoring.domain.resource.recommendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One ranked resource: its score and the reasons for it, strongest first. The score is exactly the
 * sum of the reasons' contributions (three decimals), so an explanation always adds up.
 */
public record Recommendation(UUID resourceId, BigDecimal score, List<Reason> reasons) {

    public Recommendation {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(score, "score");
        reasons = List.copyOf(reasons);
    }

    static Recommendation of(UUID resourceId, List<Reason> reasons) {
        BigDecimal score = reasons.stream()
                .map(Reason::contribution)
                .reduce(BigDecimal.ZERO.setScale(RankingPolicy.SCALE), BigDecimal::add);
        return new Recommendation(resourceId, score, reasons);
    }
}
