package eu.loopmentoring.domain.resource.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.profile.Profile;
import eu.loopmentoring.domain.profile.ProfileChanges;
import eu.loopmentoring.domain.profile.ProfileFieldGroup;
import eu.loopmentoring.domain.profile.ProfileView;
import eu.loopmentoring.domain.profile.ViewerRelation;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearnerSignalsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final UUID personId = UUID.randomUUID();
    private final UUID opened = UUID.randomUUID();
    private final UUID completed = UUID.randomUUID();

    private final Profile profile = Profile.empty(personId, "PT")
            .change(
                    new ProfileChanges(
                            Optional.of(CareerStage.INDUCTION),
                            Optional.of(1),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(List.of(new LanguageSkill("pt", CefrLevel.C2, true))),
                            Optional.of(List.of("digital-pedagogy", "Assessment-For-Learning")),
                            Optional.of(List.of("classroom-management", "inclusion-and-diversity")),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Map.of()),
                    NOW);

    private final CompetencyProfile competencies = new CompetencyProfile(
            UUID.randomUUID(),
            UUID.randomUUID(),
            NOW,
            Optional.empty(),
            List.of(
                    new CompetencyProfile.Score(ProfileDimension.CREATIVITY, 38, Optional.empty(), List.of()),
                    new CompetencyProfile.Score(ProfileDimension.TRAINING_NEEDS, 75, Optional.empty(), List.of())));

    @Test
    void signals_come_from_the_persons_own_profile_view() {
        ProfileView own = view(ViewerRelation.OWNER);

        LearnerSignals signals = LearnerSignals.of(own, Set.of(opened), Set.of(completed));

        assertThat(signals.trainingNeeds())
                .as("questionnaire topics first, then own choices, each once")
                .containsExactly("communication-with-parents", "classroom-management", "inclusion-and-diversity");
        assertThat(signals.interests()).containsExactly("digital-pedagogy", "assessment-for-learning");
        assertThat(signals.scores())
                .containsOnly(
                        Map.entry(ProfileDimension.CREATIVITY, 38), Map.entry(ProfileDimension.TRAINING_NEEDS, 75));
        assertThat(signals.careerStage()).contains(CareerStage.INDUCTION);
        assertThat(signals.languages()).containsExactly(new LanguageSkill("pt", CefrLevel.C2, true));
        assertThat(signals.opened()).containsExactly(opened);
        assertThat(signals.completed()).containsExactly(completed);
    }

    @Test
    void someone_elses_view_of_the_profile_is_refused() {
        ProfileView mentorsView = view(ViewerRelation.MENTORING_PARTNER);

        assertThatThrownBy(() -> LearnerSignals.of(mentorsView, Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_person_without_a_questionnaire_has_no_scores_but_keeps_their_own_needs() {
        LearnerSignals signals = LearnerSignals.of(profile, Optional.empty(), List.of(), Set.of(), Set.of());

        assertThat(signals.scores()).isEmpty();
        assertThat(signals.trainingNeeds()).containsExactly("classroom-management", "inclusion-and-diversity");
    }

    @Test
    void a_score_outside_0_to_100_is_refused() {
        assertThatThrownBy(() ->
                        Learner.NOBODY.scoring(ProfileDimension.CREATIVITY, 101).signals())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CREATIVITY");
    }

    @Test
    void policies_with_meaningless_weights_are_refused() {
        RankingPolicy d = RankingPolicy.DEFAULT;
        assertThatThrownBy(() -> new RankingPolicy(
                        -1,
                        d.weakDimension(),
                        d.weakBelow(),
                        d.interest(),
                        d.matchesPerSignal(),
                        d.careerStage(),
                        d.adjacentStage(),
                        d.otherStage(),
                        d.language(),
                        d.minimumReading(),
                        d.quality(),
                        d.ratingPrior(),
                        d.ratingPriorWeight(),
                        d.opened()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trainingNeed");
        assertThatThrownBy(() -> d.withRatingPrior(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_candidate_with_an_impossible_rating_is_refused() {
        RecommendationCandidate candidate = Resources.neutral("x");

        assertThatThrownBy(() -> candidate.withRating(5.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> candidate.withRating(4, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        RecommendationCandidate.unrated(UUID.randomUUID(), List.of(), Set.of(), Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ProfileView view(ViewerRelation relation) {
        return new ProfileView(
                personId,
                "Ana Costa",
                relation,
                EnumSet.allOf(ProfileFieldGroup.class),
                profile,
                Optional.of(competencies),
                List.of("communication-with-parents", "classroom-management"),
                List.of());
    }
}
