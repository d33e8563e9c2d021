package eu.loopmentoring.domain.learningpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.learningpath.PathSuggestion.Step;
import eu.loopmentoring.domain.learningpath.SuggestionReason.MentoringRelationship;
import eu.loopmentoring.domain.learningpath.SuggestionReason.TrainingNeed;
import eu.loopmentoring.domain.learningpath.SuggestionReason.WeakDimension;
import eu.loopmentoring.domain.resource.recommendation.LearnerSignals;
import eu.loopmentoring.domain.resource.recommendation.RankingPolicy;
import eu.loopmentoring.domain.resource.recommendation.RecommendationCandidate;
import eu.loopmentoring.domain.resource.recommendation.ResourceRanking;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender.Basis;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PathSuggestionsTest {

    private static final UUID RESPONSE = UUID.randomUUID();
    private static final Function<Set<UUID>, Map<UUID, String>> TITLES =
            ids -> ids.stream().collect(Collectors.toMap(id -> id, id -> "Resource " + id));

    private final PathSuggestions suggestions = new PathSuggestions(RankingPolicy.DEFAULT.weakBelow());

    private final RecommendationCandidate communication1 = developing("comm-1", ProfileDimension.COMMUNICATION_SKILLS);
    private final RecommendationCandidate communication2 = developing("comm-2", ProfileDimension.COMMUNICATION_SKILLS);
    private final RecommendationCandidate communication3 = developing("comm-3", ProfileDimension.COMMUNICATION_SKILLS);
    private final RecommendationCandidate creativity = developing("creativity", ProfileDimension.CREATIVITY);
    private final RecommendationCandidate motivation = developing("motivation", ProfileDimension.MOTIVATION);
    private final RecommendationCandidate classroom = onTopic("classroom", "classroom-management");
    private final List<RecommendationCandidate> bank =
            List.of(communication1, communication2, communication3, creativity, motivation, classroom);

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static RecommendationCandidate developing(String name, ProfileDimension dimension) {
        return RecommendationCandidate.unrated(id(name), List.of("en"), Set.of(), Set.of(dimension), List.of());
    }

    private static RecommendationCandidate onTopic(String name, String topic) {
        return RecommendationCandidate.unrated(id(name), List.of("pt"), Set.of(), Set.of(), List.of(topic));
    }

    private static Map<ProfileDimension, Integer> scores(Object... pairs) {
        Map<ProfileDimension, Integer> scores = new EnumMap<>(ProfileDimension.class);
        for (int i = 0; i < pairs.length; i += 2) {
            scores.put((ProfileDimension) pairs[i], (Integer) pairs[i + 1]);
        }
        return scores;
    }

    private static LearnerSignals person(Map<ProfileDimension, Integer> scores, String... needs) {
        return new LearnerSignals(List.of(needs), scores, List.of(), Optional.empty(), List.of(), Set.of(), Set.of());
    }

    private PathSuggestion suggest(LearnerSignals person, List<RecommendationCandidate> candidates) {
        return suggest(person, candidates, Optional.empty());
    }

    private PathSuggestion suggest(
            LearnerSignals person, List<RecommendationCandidate> candidates, Optional<UUID> relationship) {
        Basis basis = new Basis(person, candidates, new ResourceRanking(RankingPolicy.DEFAULT));
        return suggestions.suggest(RESPONSE, basis, relationship, TITLES);
    }

    private static List<SuggestionReason> moduleReasons(PathSuggestion suggestion) {
        return suggestion.modules().stream().map(PathSuggestion.Module::reason).toList();
    }

    private static List<Step> ofKind(PathSuggestion suggestion, StepKind kind) {
        return suggestion.steps().stream().filter(s -> s.step().kind() == kind).toList();
    }

    @Test
    void the_weakest_scored_dimensions_become_modules_weakest_first_at_most_three() {
        LearnerSignals person = person(scores(
                ProfileDimension.COMMUNICATION_SKILLS, 20,
                ProfileDimension.CREATIVITY, 45,
                ProfileDimension.PROBLEM_SOLVING, 55,
                ProfileDimension.EXPERIENCE, 10,
                ProfileDimension.PEDAGOGICAL_CONCEPTIONS, 90));

        PathSuggestion suggestion = suggest(person, bank);

        assertThat(moduleReasons(suggestion))
                .containsExactly(
                        new WeakDimension(ProfileDimension.EXPERIENCE, 10),
                        new WeakDimension(ProfileDimension.COMMUNICATION_SKILLS, 20),
                        new WeakDimension(ProfileDimension.CREATIVITY, 45));
        assertThat(suggestion.profileDimensions())
                .containsExactlyInAnyOrder(
                        ProfileDimension.EXPERIENCE,
                        ProfileDimension.COMMUNICATION_SKILLS,
                        ProfileDimension.CREATIVITY);
        assertThat(suggestion.title()).contains("communication skills");
    }

    @Test
    void a_high_training_needs_score_is_weak_and_special_category_dimensions_never_count() {
        LearnerSignals person = person(scores(
                ProfileDimension.MOTIVATION, 5,
                ProfileDimension.TRAINING_NEEDS, 85,
                ProfileDimension.CREATIVITY, 30,
                ProfileDimension.COMMUNICATION_SKILLS, 95));

        assertThat(moduleReasons(suggest(person, bank)))
                .containsExactly(
                        new WeakDimension(ProfileDimension.TRAINING_NEEDS, 85),
                        new WeakDimension(ProfileDimension.CREATIVITY, 30));
    }

    @Test
    void without_a_weak_dimension_the_lowest_one_is_worked_on() {
        LearnerSignals person =
                person(scores(ProfileDimension.CREATIVITY, 80, ProfileDimension.COMMUNICATION_SKILLS, 70));

        assertThat(moduleReasons(suggest(person, bank)))
                .containsExactly(new WeakDimension(ProfileDimension.COMMUNICATION_SKILLS, 70));
    }

    @Test
    void each_training_need_is_a_module_of_the_resources_on_that_topic() {
        LearnerSignals person = person(scores(ProfileDimension.CREATIVITY, 30), "classroom-management");

        PathSuggestion suggestion = suggest(person, bank);

        assertThat(moduleReasons(suggestion))
                .containsExactly(
                        new WeakDimension(ProfileDimension.CREATIVITY, 30), new TrainingNeed("classroom-management"));
        List<Step> resources = ofKind(suggestion, StepKind.RESOURCE);
        assertThat(resources)
                .extracting(s -> s.step().resourceId().orElseThrow())
                .containsExactly(creativity.id(), classroom.id());
        assertThat(resources.get(1).reasons()).containsExactly(new TrainingNeed("classroom-management"));
        assertThat(suggestion.topics()).containsExactly("classroom-management");
        assertThat(suggestion.languages()).containsExactlyInAnyOrder("en", "pt");
    }

    @Test
    void a_module_has_its_best_resources_each_once_the_first_required_then_a_reflection_that_waits_for_them() {
        LearnerSignals person = person(scores(ProfileDimension.COMMUNICATION_SKILLS, 20));
        List<RecommendationCandidate> rated =
                List.of(communication1, communication2.withRating(5, 30), communication3.withRating(4.5, 30));

        PathSuggestion suggestion = suggest(person, rated);

        assertThat(suggestion.steps())
                .extracting(s -> s.step().key())
                .containsExactly("m1-resource-1", "m1-resource-2", "m1-reflection", "assessment");
        assertThat(suggestion.steps().get(0).step().resourceId()).contains(communication2.id());
        assertThat(suggestion.steps().get(1).step().resourceId()).contains(communication3.id());
        assertThat(suggestion.steps()).extracting(s -> s.step().required()).containsExactly(true, false, true, true);
        assertThat(suggestion.steps().get(2).step().dependsOn()).containsExactly("m1-resource-1", "m1-resource-2");
        assertThat(suggestion.steps().get(2).step().prompt().orElseThrow()).contains("score of 20");
    }

    @Test
    void every_step_has_reasons_and_a_resource_step_the_ranking_that_chose_it() {
        LearnerSignals person = person(
                scores(ProfileDimension.COMMUNICATION_SKILLS, 20, ProfileDimension.CREATIVITY, 40),
                "classroom-management");

        PathSuggestion suggestion = suggest(person, bank, Optional.of(UUID.randomUUID()));

        assertThat(suggestion.steps())
                .allSatisfy(step -> assertThat(step.reasons()).isNotEmpty());
        assertThat(ofKind(suggestion, StepKind.RESOURCE)).allSatisfy(step -> {
            assertThat(step.ranking()).isPresent();
            assertThat(step.ranking().orElseThrow().resourceId())
                    .isEqualTo(step.step().resourceId().orElseThrow());
        });
        Step communication = suggestion.steps().getFirst();
        assertThat(communication.reasons())
                .containsExactly(new WeakDimension(ProfileDimension.COMMUNICATION_SKILLS, 20));
        assertThat(communication.ranking().orElseThrow().reasons())
                .anySatisfy(r -> assertThat(r)
                        .isInstanceOf(eu.loopmentoring.domain.resource.recommendation.Reason.WeakDimension.class));
    }

    @Test
    void a_mentee_gets_a_mentoring_step_in_each_module_and_nobody_else_does() {
        LearnerSignals person = person(scores(ProfileDimension.CREATIVITY, 30), "classroom-management");
        UUID relationship = UUID.randomUUID();

        PathSuggestion mentee = suggest(person, bank, Optional.of(relationship));
        PathSuggestion alone = suggest(person, bank);

        assertThat(ofKind(mentee, StepKind.MENTORING)).hasSize(2).allSatisfy(step -> {
            assertThat(step.reasons()).contains(new MentoringRelationship(relationship));
            assertThat(step.step().required()).isFalse();
        });
        assertThat(ofKind(alone, StepKind.MENTORING)).isEmpty();
    }

    @Test
    void the_path_ends_with_a_required_assessment_of_everything_it_works_on() {
        LearnerSignals person = person(scores(ProfileDimension.CREATIVITY, 30), "classroom-management");

        PathSuggestion suggestion = suggest(person, bank);

        Step assessment = suggestion.steps().getLast();
        assertThat(assessment.step().kind()).isEqualTo(StepKind.ASSESSMENT);
        assertThat(assessment.step().required()).isTrue();
        assertThat(assessment.step().dependsOn()).containsExactly("m1-reflection", "m2-reflection");
        assertThat(assessment.reasons()).isEqualTo(moduleReasons(suggestion));
    }

    @Test
    void the_same_profile_and_bank_give_the_same_suggestion_in_whatever_order_the_bank_comes() {
        LearnerSignals person = person(
                scores(ProfileDimension.COMMUNICATION_SKILLS, 20, ProfileDimension.CREATIVITY, 40),
                "classroom-management");
        List<RecommendationCandidate> shuffled = new ArrayList<>(bank);
        Collections.reverse(shuffled);

        assertThat(suggest(person, shuffled)).isEqualTo(suggest(person, bank));
    }

    @Test
    void two_different_profiles_get_different_suggestions() {
        PathSuggestion weakInCommunication = suggest(person(scores(ProfileDimension.COMMUNICATION_SKILLS, 20)), bank);
        PathSuggestion needsClassroom =
                suggest(person(scores(ProfileDimension.CREATIVITY, 25), "classroom-management"), bank);

        assertThat(weakInCommunication.modules()).isNotEqualTo(needsClassroom.modules());
        assertThat(weakInCommunication.steps()).isNotEqualTo(needsClassroom.steps());
    }

    @Test
    void a_resource_that_is_no_longer_published_is_left_out() {
        LearnerSignals person = person(scores(ProfileDimension.COMMUNICATION_SKILLS, 20));
        Basis basis = new Basis(person, bank, new ResourceRanking(RankingPolicy.DEFAULT));

        PathSuggestion suggestion = suggestions.suggest(
                RESPONSE,
                basis,
                Optional.empty(),
                ids -> TITLES.apply(ids).entrySet().stream()
                        .filter(e -> !e.getKey().equals(communication1.id()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));

        assertThat(ofKind(suggestion, StepKind.RESOURCE))
                .extracting(s -> s.step().resourceId().orElseThrow())
                .containsExactly(communication2.id());
    }

    @Test
    void the_suggestion_is_a_valid_personal_path_owned_by_no_community() {
        PathSuggestion suggestion = suggest(
                person(scores(ProfileDimension.COMMUNICATION_SKILLS, 20), "classroom-management"),
                bank,
                Optional.of(UUID.randomUUID()));

        PathContent content = suggestion.content();

        assertThat(content.visibility()).isEqualTo(PathVisibility.PERSONAL);
        assertThat(content.ownedByCommunity()).isFalse();
        assertThat(content.steps()).hasSize(suggestion.steps().size());
        assertThat(content.publicationProblems(
                        Set.of(communication1.id(), communication2.id(), classroom.id()), Set.of()))
                .isEmpty();
    }

    @Test
    void nothing_to_work_on_is_a_rule_violation() {
        LearnerSignals person = person(scores(ProfileDimension.MOTIVATION, 10));

        assertThatThrownBy(() -> suggest(person, bank))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("training needs");
    }
}
