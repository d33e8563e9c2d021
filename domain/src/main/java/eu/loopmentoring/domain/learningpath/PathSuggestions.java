package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.learningpath.PathSuggestion.Module;
import eu.loopmentoring.domain.learningpath.PathSuggestion.Step;
import eu.loopmentoring.domain.learningpath.SuggestionReason.MentoringRelationship;
import eu.loopmentoring.domain.learningpath.SuggestionReason.TrainingNeed;
import eu.loopmentoring.domain.learningpath.SuggestionReason.WeakDimension;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.resource.CatalogueRules;
import eu.loopmentoring.domain.resource.recommendation.LearnerSignals;
import eu.loopmentoring.domain.resource.recommendation.Recommendation;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidate;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender.Basis;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Builds a person's learning path from their profile: the gap, then the path, then the resources.
 * Pure and deterministic: the same signals, candidates and relationship give the same suggestion.
 *
 * <ul>
 *   <li>Modules, in this order: the weakest scored dimensions, standing below {@code weakBelow}
 *       (the ranking's threshold), weakest first, at most {@value #MAX_DIMENSIONS}, or the lowest
 *       one when none is below it; the standing is the score, and {@code 100 − score} for
 *       {@code TRAINING_NEEDS}, where a high score is the need. Special-category dimensions never
 *       count: consent to keep them is no consent to profile with them (as in the ranking). Then the
 *       training needs, in the signals' order, at most {@value #MAX_NEEDS}.
 *   <li>Each module: the best {@value #RESOURCES_PER_MODULE} published resources for it (those
 *       that develop the dimension, or have the need as a topic), ranked by the recommendation
 *       ranking, each resource in one module only, the first required; a required reflection that
 *       waits for them; and, for a mentee in a running relationship, an optional step with the
 *       mentor.
 *   <li>Last, a required assessment that waits for every reflection.
 * </ul>
 */
public final class PathSuggestions {

    public static final int MAX_DIMENSIONS = 3;
    public static final int MAX_NEEDS = 3;
    public static final int RESOURCES_PER_MODULE = 2;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final int weakBelow;

    /** {@code weakBelow}: the ranking policy's threshold of a weak score. */
    public PathSuggestions(int weakBelow) {
        if (weakBelow < 1 || weakBelow > 100) {
            throw new IllegalArgumentException("weakBelow must be from 1 to 100, was " + weakBelow);
        }
        this.weakBelow = weakBelow;
    }

    /**
     * The suggestion for the person of {@code basis}, answering the response {@code responseId}.
     * {@code titles} gives the titles of the chosen resources that are still published (a resource
     * it leaves out is not suggested); it is asked once.
     */
    public PathSuggestion suggest(
            UUID responseId, Basis basis, Optional<UUID> relationship, Function<Set<UUID>, Map<UUID, String>> titles) {
        LearnerSignals signals = basis.signals();
        List<Module> modules = new ArrayList<>();
        weakest(signals)
                .forEach((dimension, score) ->
                        modules.add(new Module(words(dimension.name()), new WeakDimension(dimension, score))));
        signals.trainingNeeds().stream()
                .filter(PathSuggestions::isSlug)
                .limit(MAX_NEEDS)
                .forEach(need -> modules.add(new Module(words(need), new TrainingNeed(need))));

        if (modules.isEmpty()) {
            throw new RuleViolationException("Your questionnaire gave no competency score to work on and your profile"
                    + " names no training needs: answer the questionnaire's competency items, or add training needs"
                    + " to your profile (PATCH /api/v1/me/profile), first.");
        }
        Set<UUID> used = new HashSet<>();
        List<List<Recommendation>> chosen = new ArrayList<>();
        for (Module module : modules) {
            List<RecommendationCandidate> fitting = basis.candidates().stream()
                    .filter(c -> !used.contains(c.id()))
                    .filter(fits(module.reason()))
                    .toList();
            List<Recommendation> best = basis.ranking().rank(signals, fitting, RESOURCES_PER_MODULE);
            best.forEach(r -> used.add(r.resourceId()));
            chosen.add(best);
        }
        Map<UUID, String> published = used.isEmpty() ? Map.of() : titles.apply(Set.copyOf(used));

        List<Step> steps = new ArrayList<>();
        List<String> reflections = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            String prefix = "m" + (m + 1) + "-";
            List<String> resourceKeys = new ArrayList<>();
            for (Recommendation r : chosen.get(m)) {
                String title = published.get(r.resourceId());
                if (title == null) {
                    continue;
                }
                String key = prefix + "resource-" + (resourceKeys.size() + 1);
                steps.add(new Step(
                        new Draft(key, StepKind.RESOURCE, title, "", resourceKeys.isEmpty(), module, List.of())
                                .resource(r.resourceId()),
                        List.of(module.reason()),
                        Optional.of(r)));
                resourceKeys.add(key);
            }
            String reflection = prefix + "reflection";
            steps.add(new Step(
                    new Draft(
                                    reflection,
                                    StepKind.REFLECTION,
                                    "Reflect on " + lower(module.title()),
                                    "",
                                    true,
                                    module,
                                    resourceKeys)
                            .prompt(prompt(module.reason())),
                    List.of(module.reason()),
                    Optional.empty()));
            reflections.add(reflection);
            relationship.ifPresent(id -> steps.add(new Step(
                    new Draft(
                                    prefix + "mentoring",
                                    StepKind.MENTORING,
                                    "Work on it with your mentor",
                                    "Agree a goal on " + lower(module.title())
                                            + " with your mentor and talk it over in one of your sessions.",
                                    false,
                                    module,
                                    List.of())
                            .build(),
                    List.of(module.reason(), new MentoringRelationship(id)),
                    Optional.empty())));
        }
        List<SuggestionReason> measured = modules.stream().map(Module::reason).toList();
        steps.add(new Step(
                new PathStep(
                        "assessment",
                        StepKind.ASSESSMENT,
                        "Answer the questionnaire again",
                        "Submit the profile questionnaire again to see how your scores changed.",
                        true,
                        Optional.empty(),
                        reflections,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        false),
                measured,
                Optional.empty()));

        Set<ProfileDimension> dimensions = EnumSet.noneOf(ProfileDimension.class);
        List<String> topics = new ArrayList<>();
        for (Module module : modules) {
            switch (module.reason()) {
                case WeakDimension w -> dimensions.add(w.dimension());
                case TrainingNeed t -> topics.add(t.topic());
                case MentoringRelationship r -> {}
            }
        }
        return new PathSuggestion(
                responseId,
                title(modules),
                summary(modules),
                languages(basis, used, signals),
                dimensions,
                topics,
                modules,
                steps);
    }

    /** The weak dimensions and their scores, weakest first (then in the dimensions' order). */
    private Map<ProfileDimension, Integer> weakest(LearnerSignals signals) {
        List<Map.Entry<ProfileDimension, Integer>> scored = signals.scores().entrySet().stream()
                .filter(e -> e.getKey().isScored() && !e.getKey().isSpecialCategory())
                .sorted(Comparator.<Map.Entry<ProfileDimension, Integer>>comparingInt(
                                e -> standing(e.getKey(), e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<Map.Entry<ProfileDimension, Integer>> weak = scored.stream()
                .filter(e -> standing(e.getKey(), e.getValue()) < weakBelow)
                .limit(MAX_DIMENSIONS)
                .toList();
        Map<ProfileDimension, Integer> chosen = new LinkedHashMap<>();
        (weak.isEmpty() ? scored.stream().limit(1).toList() : weak).forEach(e -> chosen.put(e.getKey(), e.getValue()));
        return chosen;
    }

    private static int standing(ProfileDimension dimension, int score) {
        return dimension == ProfileDimension.TRAINING_NEEDS ? 100 - score : score;
    }

    private static Predicate<RecommendationCandidate> fits(SuggestionReason reason) {
        return switch (reason) {
            case WeakDimension w -> c -> c.profileDimensions().contains(w.dimension());
            case TrainingNeed t -> c -> c.topics().contains(t.topic());
            case MentoringRelationship r -> c -> false;
        };
    }

    /** A step of a module, finished by what its kind needs. */
    private record Draft(
            String key,
            StepKind kind,
            String title,
            String instructions,
            boolean required,
            Module module,
            List<String> dependsOn) {

        PathStep resource(UUID resourceId) {
            return step(Optional.of(resourceId), Optional.empty());
        }

        PathStep prompt(String prompt) {
            return step(Optional.empty(), Optional.of(prompt));
        }

        PathStep build() {
            return step(Optional.empty(), Optional.empty());
        }

        private PathStep step(Optional<UUID> resourceId, Optional<String> prompt) {
            return new PathStep(
                    key,
                    kind,
                    clip(title, PathContent.MAX_STEP_TITLE),
                    instructions,
                    required,
                    Optional.of(clip(module.title(), PathContent.MAX_MODULE)),
                    dependsOn,
                    resourceId,
                    Optional.empty(),
                    prompt,
                    false);
        }
    }

    private static String prompt(SuggestionReason reason) {
        return switch (reason) {
            case WeakDimension w ->
                "Your questionnaire gave " + lower(words(w.dimension().name())) + " a score of " + w.score()
                        + " of 100" + (w.dimension() == ProfileDimension.TRAINING_NEEDS ? " (a high need)" : "")
                        + ". What did you take from these steps, and what will you try next in your work?";
            case TrainingNeed t ->
                "You need training in " + lower(words(t.topic()))
                        + ". What did you learn here, and how will you use it with your pupils or colleagues?";
            case MentoringRelationship r -> "What will you bring to your next mentoring session?";
        };
    }

    private static String title(List<Module> modules) {
        return clip(
                "My learning path: "
                        + String.join(
                                ", ",
                                modules.stream().map(m -> lower(m.title())).toList()),
                CatalogueRules.MAX_TITLE);
    }

    private static String summary(List<Module> modules) {
        List<String> parts = new ArrayList<>();
        for (Module module : modules) {
            parts.add(
                    switch (module.reason()) {
                        case WeakDimension w -> lower(module.title()) + " (scored " + w.score() + ")";
                        case TrainingNeed t -> lower(module.title()) + " (a training need)";
                        case MentoringRelationship r -> lower(module.title());
                    });
        }
        return clip("Built from your profile: " + String.join(", ", parts) + ".", CatalogueRules.MAX_SUMMARY);
    }

    /** The chosen resources' main languages; without resources, the languages the person reads. */
    private static List<String> languages(Basis basis, Set<UUID> used, LearnerSignals signals) {
        Set<String> languages = new LinkedHashSet<>();
        basis.candidates().stream()
                .filter(c -> used.contains(c.id()))
                .sorted(Comparator.comparing(c -> c.id().toString()))
                .forEach(c -> languages.add(c.languages().getFirst()));
        if (languages.isEmpty()) {
            signals.languages().stream()
                    .map(LanguageSkill::language)
                    .forEach(l -> languages.add(l.toLowerCase(Locale.ROOT)));
        }
        List<String> valid = languages.stream()
                .filter(l -> l.matches("[a-z]{2}"))
                .limit(CatalogueRules.MAX_LANGUAGES)
                .toList();
        return valid.isEmpty() ? List.of("en") : valid;
    }

    private static boolean isSlug(String topic) {
        return topic.length() >= 2
                && topic.length() <= 60
                && SLUG.matcher(topic).matches();
    }

    /** {@code CLASSROOM_MANAGEMENT} or {@code classroom-management} as "Classroom management". */
    private static String words(String name) {
        String spaced = name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String lower(String title) {
        return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
