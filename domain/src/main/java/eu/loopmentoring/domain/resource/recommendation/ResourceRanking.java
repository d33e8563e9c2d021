package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.resource.recommendation.Reason.StageFit;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ranks published resources for one person, each with the reasons that make up its score (see
 * {@link RankingPolicy} for the formula). Pure and deterministic: the same signals and candidates
 * give the same list, equal scores ordered by the resource id's text. The caller passes only
 * resources the person may see (published ones).
 */
public final class ResourceRanking {

    private static final Comparator<Recommendation> ORDER = Comparator.comparing(Recommendation::score)
            .reversed()
            .thenComparing(r -> r.resourceId().toString());

    private static final Comparator<Reason> STRONGEST_FIRST =
            Comparator.comparing(Reason::contribution).reversed().thenComparing(Reason::code);

    private final RankingPolicy policy;

    public ResourceRanking(RankingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Every candidate the person can use, best first. */
    public List<Recommendation> rank(LearnerSignals person, List<RecommendationCandidate> candidates) {
        Set<UUID> seen = new HashSet<>();
        List<Recommendation> ranked = new ArrayList<>();
        for (RecommendationCandidate candidate : candidates) {
            if (!seen.add(candidate.id())) {
                throw new IllegalArgumentException("candidate " + candidate.id() + " is given twice");
            }
            recommend(person, candidate).ifPresent(ranked::add);
        }
        ranked.sort(ORDER);
        return List.copyOf(ranked);
    }

    /** The best {@code limit} candidates. */
    public List<Recommendation> rank(LearnerSignals person, List<RecommendationCandidate> candidates, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative, was " + limit);
        }
        List<Recommendation> all = rank(person, candidates);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** The candidate's recommendation, or nothing when it is excluded for this person. */
    private Optional<Recommendation> recommend(LearnerSignals person, RecommendationCandidate candidate) {
        if (person.completed().contains(candidate.id())) {
            return Optional.empty();
        }
        Optional<LanguageSkill> reads = bestRead(person, candidate);
        if (reads.isEmpty() && !person.languages().isEmpty()) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.addAll(trainingNeeds(person, candidate));
        reasons.addAll(weakDimensions(person, candidate));
        reasons.addAll(interests(person, candidate));
        careerStage(person, candidate).ifPresent(reasons::add);
        reads.map(this::language).ifPresent(reasons::add);
        rating(candidate).ifPresent(reasons::add);
        if (person.opened().contains(candidate.id())) {
            reasons.add(new Reason.AlreadyOpened(points(-policy.opened())));
        }
        reasons.removeIf(r -> r.contribution().signum() == 0);
        reasons.sort(STRONGEST_FIRST);
        return Optional.of(Recommendation.of(candidate.id(), reasons));
    }

    private List<Reason> trainingNeeds(LearnerSignals person, RecommendationCandidate candidate) {
        double intensity = person.score(ProfileDimension.TRAINING_NEEDS)
                .map(score -> 0.5 + score / 100.0)
                .orElse(1.0);
        BigDecimal each = points(policy.trainingNeed() * intensity);
        return matches(person.trainingNeeds(), candidate, topic -> new Reason.TrainingNeed(topic, each));
    }

    private List<Reason> weakDimensions(LearnerSignals person, RecommendationCandidate candidate) {
        return candidate.profileDimensions().stream()
                .filter(ResourceRanking::measuresStrength)
                .flatMap(dimension -> person.score(dimension).stream()
                        .filter(score -> score < policy.weakBelow())
                        .<Reason>map(score -> new Reason.WeakDimension(
                                dimension,
                                score,
                                points(policy.weakDimension() * (policy.weakBelow() - score) / policy.weakBelow()))))
                .sorted(STRONGEST_FIRST)
                .limit(policy.matchesPerSignal())
                .toList();
    }

    /**
     * Dimensions where a low score is a weakness to work on: not the need for training (a high
     * score there is the need), and not special-category data, which the person consented to be
     * kept, not used for profiling.
     */
    private static boolean measuresStrength(ProfileDimension dimension) {
        return dimension.isScored() && !dimension.isSpecialCategory() && dimension != ProfileDimension.TRAINING_NEEDS;
    }

    private List<Reason> interests(LearnerSignals person, RecommendationCandidate candidate) {
        BigDecimal each = points(policy.interest());
        return matches(person.interests(), candidate, topic -> new Reason.Interest(topic, each));
    }

    /** The person's topics that the resource has, in the person's order, as reasons. */
    private List<Reason> matches(
            List<String> topics, RecommendationCandidate candidate, Function<String, Reason> reason) {
        return topics.stream()
                .filter(candidate.topics()::contains)
                .limit(policy.matchesPerSignal())
                .map(reason)
                .toList();
    }

    private Optional<Reason> careerStage(LearnerSignals person, RecommendationCandidate candidate) {
        if (person.careerStage().isEmpty() || candidate.careerStages().isEmpty()) {
            return Optional.empty();
        }
        CareerStage stage = person.careerStage().get();
        int distance = candidate.careerStages().stream()
                .mapToInt(s -> Math.abs(s.ordinal() - stage.ordinal()))
                .min()
                .orElseThrow();
        return Optional.of(
                switch (distance) {
                    case 0 -> new Reason.CareerStageFit(stage, StageFit.SAME, points(policy.careerStage()));
                    case 1 ->
                        new Reason.CareerStageFit(
                                stage, StageFit.ADJACENT, points(policy.careerStage() * policy.adjacentStage()));
                    default -> new Reason.CareerStageFit(stage, StageFit.OTHER, points(-policy.otherStage()));
                });
    }

    /**
     * The resource language the person reads best, at the policy's minimum or above. A resource in
     * none of them is excluded, unless the person declared no language at all: who has not said
     * what they read is not shut out of the bank.
     */
    private Optional<LanguageSkill> bestRead(LearnerSignals person, RecommendationCandidate candidate) {
        return candidate.languages().stream()
                .flatMap(language -> person.skillIn(language).stream())
                .filter(skill -> skill.motherTongue() || skill.level().compareTo(policy.minimumReading()) >= 0)
                .max(Comparator.comparingDouble(this::readingFactor));
    }

    private Reason language(LanguageSkill skill) {
        return new Reason.Language(
                skill.language(),
                skill.level(),
                skill.motherTongue(),
                points(policy.language() * readingFactor(skill)));
    }

    private double readingFactor(LanguageSkill skill) {
        if (skill.motherTongue()) {
            return 1;
        }
        int steps = CefrLevel.C2.ordinal() - policy.minimumReading().ordinal() + 1;
        return (double) (skill.level().ordinal() - policy.minimumReading().ordinal() + 1) / steps;
    }

    private Optional<Reason> rating(RecommendationCandidate candidate) {
        if (candidate.ratingCount() == 0) {
            return Optional.empty();
        }
        double adjusted = policy.adjustedRating(candidate.ratingAverage(), candidate.ratingCount());
        return Optional.of(new Reason.Rating(
                BigDecimal.valueOf(candidate.ratingAverage()).setScale(2, RoundingMode.HALF_EVEN),
                candidate.ratingCount(),
                BigDecimal.valueOf(adjusted).setScale(2, RoundingMode.HALF_EVEN),
                points(policy.quality() * (adjusted - policy.ratingPrior()) / 4)));
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(RankingPolicy.SCALE, RoundingMode.HALF_EVEN);
    }
}
