package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.profile.ParticipantProfiles;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.LearningResources;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's suggested learning path, from their own profile view and the recommendation ranking's
 * basis ({@link PathSuggestions} decides it). It stores nothing.
 */
public class PathSuggester {

    private final ParticipantProfiles profiles;
    private final ResourceRecommender recommender;
    private final LearningResources resources;
    private final MentoringRelationships relationships;
    private final PathSuggestions suggestions;

    public PathSuggester(
            ParticipantProfiles profiles,
            ResourceRecommender recommender,
            LearningResources resources,
            MentoringRelationships relationships,
            PathSuggestions suggestions) {
        this.profiles = profiles;
        this.recommender = recommender;
        this.resources = resources;
        this.relationships = relationships;
        this.suggestions = suggestions;
    }

    /** The caller's suggestion; a rule violation until they have submitted a questionnaire. */
    public PathSuggestion forMe(Subject subject) {
        UUID person = Access.person(subject).id();
        ProfileView own = profiles.mine(subject);
        CompetencyProfile competencies = own.competencies()
                .orElseThrow(() -> new RuleViolationException("A suggestion is built from your competency profile:"
                        + " submit the profile questionnaire first (POST /api/v1/me/questionnaire-responses with"
                        + " submit: true)."));
        return suggestions.suggest(
                competencies.responseId(), recommender.basis(own), mentoredIn(person), this::publishedTitles);
    }

    /** The running relationship in which the person is a mentee (the first by id, if there are several). */
    private Optional<UUID> mentoredIn(UUID person) {
        return relationships.runningAmong(List.of(person)).stream()
                .filter(r -> r.status().isRunning() && r.mentees().anyMatch(person::equals))
                .map(MentoringRelationship::id)
                .min(UUID::compareTo);
    }

    private Map<UUID, String> publishedTitles(Set<UUID> ids) {
        return resources.findAll(ids).values().stream()
                .filter(LearningResource::isPublished)
                .collect(
                        Collectors.toMap(LearningResource::id, r -> r.metadata().title()));
    }
}
