package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.recommendation.Recommendation;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A learning path built for one person from their profile, with why each step is there. Nothing
 * of it is stored until the person enrols in it: then {@link #content()} becomes their
 * {@code PERSONAL} path.
 *
 * @param basedOnResponseId the submitted questionnaire response whose scores it answers
 */
public record PathSuggestion(
        UUID basedOnResponseId,
        String title,
        String summary,
        List<String> languages,
        Set<ProfileDimension> profileDimensions,
        List<String> topics,
        List<Module> modules,
        List<Step> steps) {

    /** A weak dimension or a need the path works on, in the order of the steps. */
    public record Module(String title, SuggestionReason reason) {
        public Module {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A step as it will be stored, its reasons, and for a resource how the ranking scored it. */
    public record Step(PathStep step, List<SuggestionReason> reasons, Optional<Recommendation> ranking) {
        public Step {
            Objects.requireNonNull(step, "step");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a suggested step has at least one reason");
            }
            ranking = Objects.requireNonNullElse(ranking, Optional.empty());
        }
    }

    public PathSuggestion {
        Objects.requireNonNull(basedOnResponseId, "basedOnResponseId");
        languages = List.copyOf(languages);
        profileDimensions = Set.copyOf(profileDimensions);
        topics = List.copyOf(topics);
        modules = List.copyOf(modules);
        steps = List.copyOf(steps);
    }

    /** The path to store: published for its learner alone, owned by no community. */
    public PathContent content() {
        return new PathContent(
                title,
                summary,
                languages,
                Audience.EVERYONE,
                profileDimensions,
                Set.of(),
                topics,
                Optional.empty(),
                PathVisibility.PERSONAL,
                Optional.empty(),
                Optional.empty(),
                steps.stream().map(Step::step).toList(),
                0);
    }
}
