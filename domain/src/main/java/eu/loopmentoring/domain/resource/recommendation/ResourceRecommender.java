package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.ResourceUses;
import eu.loopmentoring.domain.resource.UseKind;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Subject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's resource recommendations: their signals from their OWN profile view and their uses,
 * at most {@value #CANDIDATES} candidates pre-selected by the bank (their languages, their topics
 * first), ranked by {@link ResourceRanking}.
 */
public final class ResourceRecommender {

    public static final int MAX_LIMIT = 50;
    /** How many pre-selected published resources one request ranks at most. */
    public static final int CANDIDATES = 500;

    /** A recommendation with the resource it recommends. */
    public record Recommended(LearningResource resource, Recommendation recommendation) {}

    private final ParticipantProfiles profiles;
    private final LearningResources resources;
    private final ResourceUses uses;
    private final RecommendationCandidates candidates;
    private final RankingPolicy policy;

    /**
     * Ranks with {@code policy}, its rating prior replaced by the bank's mean rating once there
     * are reviews: a resource is "highly rated" against what this bank's reviewers usually give.
     */
    public ResourceRecommender(
            ParticipantProfiles profiles,
            LearningResources resources,
            ResourceUses uses,
            RecommendationCandidates candidates,
            RankingPolicy policy) {
        this.profiles = profiles;
        this.resources = resources;
        this.uses = uses;
        this.candidates = candidates;
        this.policy = policy;
    }

    /**
     * What a ranking for one person starts from: their signals, the published resources
     * pre-selected for them, and the ranking with the bank's prior. Learning path suggestions rank
     * with the same basis.
     */
    public record Basis(LearnerSignals signals, List<RecommendationCandidate> candidates, ResourceRanking ranking) {
        public Basis {
            candidates = List.copyOf(candidates);
        }
    }

    /** The caller's best {@code limit} (1 to {@value #MAX_LIMIT}) recommendations, best first. */
    public List<Recommended> forMe(Subject subject, int limit) {
        Access.person(subject);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be from 1 to " + MAX_LIMIT);
        }
        Basis basis = basis(profiles.mine(subject));
        return resolve(basis.ranking().rank(basis.signals(), basis.candidates(), limit));
    }

    /** The basis of a ranking for the person whose OWN profile view this is. */
    public Basis basis(ProfileView own) {
        List<ResourceUse> used = uses.by(own.personId());
        LearnerSignals signals = LearnerSignals.of(own, used(used, UseKind.OPENED), used(used, UseKind.COMPLETED));
        Set<String> topics = new HashSet<>(signals.trainingNeeds());
        topics.addAll(signals.interests());
        Set<String> languages =
                signals.languages().stream().map(LanguageSkill::language).collect(Collectors.toSet());
        OptionalDouble mean = candidates.meanRating();
        ResourceRanking ranking =
                new ResourceRanking(mean.isPresent() ? policy.withRatingPrior(mean.getAsDouble()) : policy);
        return new Basis(signals, candidates.preselect(languages, topics, signals.completed(), CANDIDATES), ranking);
    }

    /** The ranked resources that are still published, with their resources, in the same order. */
    public List<Recommended> resolve(List<Recommendation> ranked) {
        Map<UUID, LearningResource> found = resources.findAll(
                ranked.stream().map(Recommendation::resourceId).toList());
        return ranked.stream()
                .filter(r -> found.containsKey(r.resourceId())
                        && found.get(r.resourceId()).isPublished())
                .map(r -> new Recommended(found.get(r.resourceId()), r))
                .toList();
    }

    private static Set<UUID> used(List<ResourceUse> uses, UseKind kind) {
        return uses.stream()
                .filter(u -> u.kind() == kind)
                .map(ResourceUse::resourceId)
                .collect(Collectors.toSet());
    }
}
