package eu.loopmentoring.domain.resource.recommendation;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.profile.ViewerRelation;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the ranking knows of the person it ranks for, all from their own profile and use of the
 * bank: training needs (the questionnaire's topics first, then their own choices, each once), the
 * competency scores (0-100; {@code TRAINING_NEEDS} is a need, not a strength), interests, career
 * stage, the languages they read, and the resources they opened or completed.
 */
public record LearnerSignals(
        List<String> trainingNeeds,
        Map<ProfileDimension, Integer> scores,
        List<String> interests,
        Optional<CareerStage> careerStage,
        List<LanguageSkill> languages,
        Set<UUID> opened,
        Set<UUID> completed) {

    public LearnerSignals {
        trainingNeeds = slugs(trainingNeeds.stream());
        interests = slugs(interests.stream());
        EnumMap<ProfileDimension, Integer> copy = new EnumMap<>(ProfileDimension.class);
        scores.forEach((dimension, score) -> {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException(dimension + " score must be from 0 to 100, was " + score);
            }
            copy.put(dimension, score);
        });
        scores = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(careerStage, "careerStage");
        languages = List.copyOf(languages);
        opened = Set.copyOf(opened);
        completed = Set.copyOf(completed);
    }

    /** A person who told nothing and used nothing: only quality ranks for them. */
    public static final LearnerSignals NONE =
            new LearnerSignals(List.of(), Map.of(), List.of(), Optional.empty(), List.of(), Set.of(), Set.of());

    /**
     * From the person's OWN profile view (never another viewer's: a view for someone else may hide
     * what the ranking needs) and their use of the bank.
     */
    public static LearnerSignals of(ProfileView own, Set<UUID> opened, Set<UUID> completed) {
        if (own.relation() != ViewerRelation.OWNER) {
            throw new IllegalArgumentException("recommendations are computed from the person's own view only");
        }
        return of(own.profile(), own.competencies(), own.questionnaireTrainingNeeds(), opened, completed);
    }

    public static LearnerSignals of(
            Profile profile,
            Optional<CompetencyProfile> competencies,
            List<String> questionnaireTrainingNeeds,
            Set<UUID> opened,
            Set<UUID> completed) {
        Map<ProfileDimension, Integer> scores = new EnumMap<>(ProfileDimension.class);
        competencies.ifPresent(c -> c.scores().forEach(s -> scores.put(s.dimension(), s.score())));
        return new LearnerSignals(
                Stream.concat(questionnaireTrainingNeeds.stream(), profile.ownTrainingNeeds().stream())
                        .toList(),
                scores,
                profile.interests(),
                profile.background().careerStage(),
                profile.languages(),
                opened,
                completed);
    }

    public Optional<Integer> score(ProfileDimension dimension) {
        return Optional.ofNullable(scores.get(dimension));
    }

    /** The person's skill in a language, if they declared it. */
    public Optional<LanguageSkill> skillIn(String language) {
        return languages.stream()
                .filter(s -> s.language().equalsIgnoreCase(language))
                .findFirst();
    }

    private static List<String> slugs(Stream<String> values) {
        return List.copyOf(
                values.map(v -> v.toLowerCase(Locale.ROOT)).collect(LinkedHashSet<String>::new, Set::add, Set::addAll));
    }
}
