package eu.loopmentoring.domain.matching;

import static eu.loopmentoring.domain.matching.Someone.WINTER;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.matching.Contribution.AvailabilityOverlap;
import eu.loopmentoring.domain.matching.Contribution.CareerStageGap;
import eu.loopmentoring.domain.matching.Contribution.Complementarity;
import eu.loopmentoring.domain.matching.Contribution.CulturalBackground;
import eu.loopmentoring.domain.matching.Contribution.CulturalUse;
import eu.loopmentoring.domain.matching.Contribution.DimensionFit;
import eu.loopmentoring.domain.matching.Contribution.Responsiveness;
import eu.loopmentoring.domain.matching.Contribution.SchoolLevelOverlap;
import eu.loopmentoring.domain.matching.Contribution.SubjectOverlap;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CompetencyProfile;
import eu.loopmentoring.domain.profile.ConsentPurpose;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each criterion's contribution, with the default weights (35, 15, 10, 10, 15, 10, 5 points). */
class PairScoringTest {

    private final Suggestions engine = new Suggestions(MatchingPolicy.DEFAULT);

    private PairExplanation explain(Someone mentee, Someone mentor) {
        return explain(mentee, mentor, WINTER);
    }

    private PairExplanation explain(Someone mentee, Someone mentor, LocalDate week) {
        return engine.check(mentee.mentee(), mentor.mentor(), Set.of(), week)
                .explanation()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <C extends Contribution> C part(PairExplanation explanation, Class<C> type) {
        return (C) explanation.contributions().stream()
                .filter(type::isInstance)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void complementarity_is_the_mentors_strength_on_the_mentees_three_highest_needs_weighted_by_need() {
        Someone mentee = Someone.new_().on("A", 80).on("B", 60).on("C", 40).on("D", 20);
        Someone mentor = Someone.new_().on("A", 90).on("B", 50).on("D", 100);

        Complementarity c = part(explain(mentee, mentor), Complementarity.class);

        // 35 × (80·90 + 60·50 + 40·0) / (100 × (80 + 60 + 40)) = 19.8333…; D is not among the top three
        assertThat(c.milliPoints()).isEqualTo(19_833);
        assertThat(c.dimensions())
                .containsExactly(
                        new DimensionFit("A", 80, 90), new DimensionFit("B", 60, 50), new DimensionFit("C", 40, 0));
    }

    @Test
    void a_mentee_without_needs_gets_no_complementarity() {
        Complementarity c = part(explain(Someone.new_(), Someone.new_().on("A", 100)), Complementarity.class);

        assertThat(c.milliPoints()).isZero();
        assertThat(c.dimensions()).isEmpty();
    }

    @Test
    void needs_and_strengths_come_from_competency_profiles_without_training_needs_or_special_category_data() {
        CompetencyProfile profile = new CompetencyProfile(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.parse("2025-01-01T00:00:00Z"),
                Optional.empty(),
                List.of(
                        new CompetencyProfile.Score(ProfileDimension.CREATIVITY, 30, Optional.empty(), List.of()),
                        new CompetencyProfile.Score(ProfileDimension.MOTIVATION, 90, Optional.empty(), List.of()),
                        new CompetencyProfile.Score(ProfileDimension.TRAINING_NEEDS, 70, Optional.empty(), List.of())));

        assertThat(DimensionScores.needsFrom(profile).values()).containsExactly(java.util.Map.entry("CREATIVITY", 70));
        assertThat(DimensionScores.strengthsFrom(profile).values())
                .containsExactly(java.util.Map.entry("CREATIVITY", 30));
    }

    @Test
    void career_stage_gap_counts_fully_inside_the_ideal_range_and_half_one_stage_outside() {
        Someone inductee = Someone.new_().stage(CareerStage.INDUCTION);

        assertThat(part(explain(inductee, Someone.new_().stage(CareerStage.EXPERIENCED)), CareerStageGap.class))
                .isEqualTo(new CareerStageGap(
                        Optional.of(CareerStage.INDUCTION),
                        Optional.of(CareerStage.EXPERIENCED),
                        Optional.of(2),
                        1,
                        3,
                        15_000));
        assertThat(part(explain(inductee, Someone.new_().stage(CareerStage.INDUCTION)), CareerStageGap.class)
                        .milliPoints())
                .as("peers: one stage short of the range")
                .isEqualTo(7_500);
        assertThat(part(explain(inductee, Someone.new_().stage(CareerStage.STUDENT_TEACHER)), CareerStageGap.class)
                        .milliPoints())
                .as("a mentor behind the mentee: two stages short")
                .isZero();
        assertThat(part(
                                explain(
                                        Someone.new_().stage(CareerStage.STUDENT_TEACHER),
                                        Someone.new_().stage(CareerStage.SENIOR)),
                                CareerStageGap.class)
                        .milliPoints())
                .as("four stages ahead: one beyond the range")
                .isEqualTo(7_500);
        CareerStageGap unknown = part(explain(inductee, Someone.new_()), CareerStageGap.class);
        assertThat(unknown.gap()).isEmpty();
        assertThat(unknown.milliPoints()).isZero();
    }

    @Test
    void subject_overlap_is_the_share_of_the_mentees_subjects_the_mentor_teaches_whatever_the_case() {
        SubjectOverlap s = part(
                explain(
                        Someone.new_().subjects("math", "physics", "chemistry"),
                        Someone.new_().subjects(" Math", "biology")),
                SubjectOverlap.class);

        assertThat(s.shared()).containsExactly("math");
        assertThat(s.menteeSubjects()).isEqualTo(3);
        assertThat(s.milliPoints()).isEqualTo(3_333);
    }

    @Test
    void school_level_overlap_is_the_share_of_the_mentees_levels_the_mentor_knows() {
        SchoolLevelOverlap s = part(
                explain(
                        Someone.new_().levels(IscedLevel.ISCED_1, IscedLevel.ISCED_2),
                        Someone.new_().levels(IscedLevel.ISCED_2, IscedLevel.ISCED_3)),
                SchoolLevelOverlap.class);

        assertThat(s.shared()).containsExactly(IscedLevel.ISCED_2);
        assertThat(s.milliPoints()).isEqualTo(5_000);
    }

    @Test
    void availability_overlap_counts_minutes_on_one_clock_across_time_zones() {
        Someone lisbon = Someone.new_().free("Europe/Lisbon", DayOfWeek.MONDAY, "18:00", "20:00");
        Someone helsinki = Someone.new_().free("Europe/Helsinki", DayOfWeek.MONDAY, "19:00", "21:00");

        AvailabilityOverlap a = part(explain(lisbon, helsinki), AvailabilityOverlap.class);

        // 18-20 UTC and 17-19 UTC share one hour: half the two-hour target
        assertThat(a.overlapMinutes()).isEqualTo(60);
        assertThat(a.milliPoints()).isEqualTo(7_500);
    }

    @Test
    void availability_follows_summer_time_in_the_week_of_the_run() {
        Someone lisbon = Someone.new_().free("Europe/Lisbon", DayOfWeek.MONDAY, "18:00", "20:00");
        Someone utc = Someone.new_().free("UTC", DayOfWeek.MONDAY, "18:00", "20:00");

        assertThat(part(explain(lisbon, utc, WINTER), AvailabilityOverlap.class).overlapMinutes())
                .isEqualTo(120);
        assertThat(part(explain(lisbon, utc, LocalDate.of(2025, 7, 16)), AvailabilityOverlap.class)
                        .overlapMinutes())
                .as("Lisbon is UTC+1 in July")
                .isEqualTo(60);
    }

    @Test
    void availability_wraps_round_the_end_of_the_week() {
        // Monday 08:00-10:00 in Auckland (UTC+13 in January) is Sunday 19:00-21:00 UTC
        Someone auckland = Someone.new_().free("Pacific/Auckland", DayOfWeek.MONDAY, "08:00", "10:00");
        Someone london = Someone.new_().free("Europe/London", DayOfWeek.SUNDAY, "19:30", "22:00");

        assertThat(part(explain(auckland, london), AvailabilityOverlap.class).overlapMinutes())
                .isEqualTo(90);
        assertThat(part(explain(auckland, Someone.new_()), AvailabilityOverlap.class)
                        .milliPoints())
                .as("no availability given")
                .isZero();
    }

    @Test
    void responsiveness_scales_its_weight() {
        Responsiveness r = part(explain(Someone.new_(), Someone.new_().responsiveness(0.8)), Responsiveness.class);

        assertThat(r.permille()).isEqualTo(800);
        assertThat(r.milliPoints()).isEqualTo(8_000);
    }

    @Test
    void cultural_background_counts_only_when_both_consented() {
        Someone mentee =
                Someone.new_().consents(ConsentPurpose.CULTURAL_BACKGROUND).culture("portuguese", "rural");
        Someone consenting =
                Someone.new_().consents(ConsentPurpose.CULTURAL_BACKGROUND).culture("Portuguese");
        Someone silent = Someone.new_().culture("portuguese");

        assertThat(part(explain(mentee, consenting), CulturalBackground.class))
                .isEqualTo(new CulturalBackground(CulturalUse.USED, List.of("portuguese"), 2_500));
        assertThat(part(explain(mentee, silent), CulturalBackground.class))
                .isEqualTo(new CulturalBackground(CulturalUse.MENTOR_DID_NOT_CONSENT, List.of(), 0));
        assertThat(part(explain(Someone.new_().culture("portuguese"), consenting), CulturalBackground.class))
                .isEqualTo(new CulturalBackground(CulturalUse.MENTEE_DID_NOT_CONSENT, List.of(), 0));
        assertThat(part(explain(Someone.new_(), Someone.new_()), CulturalBackground.class)
                        .use())
                .isEqualTo(CulturalUse.NEITHER_CONSENTED);
        assertThat(part(
                                explain(Someone.new_().consents(ConsentPurpose.CULTURAL_BACKGROUND), consenting),
                                CulturalBackground.class)
                        .use())
                .isEqualTo(CulturalUse.NOTHING_GIVEN);
    }

    @Test
    void a_cultural_background_given_without_consent_is_not_even_kept() {
        assertThat(Someone.new_().culture("portuguese").profile().culturalBackground())
                .isEmpty();
    }

    @Test
    void the_score_is_the_exact_sum_of_the_contributions_and_says_what_the_two_share() {
        Someone mentee = Someone.new_()
                .native_("pt")
                .speaks("en", eu.loopmentoring.domain.profile.CefrLevel.B2)
                .modes(MeetingMode.ONLINE, MeetingMode.IN_PERSON)
                .region("Lisboa")
                .stage(CareerStage.INDUCTION)
                .subjects("math", "physics", "chemistry")
                .on("A", 80)
                .on("B", 60)
                .on("C", 40)
                .free("Europe/Lisbon", DayOfWeek.MONDAY, "18:00", "20:00");
        Someone mentor = Someone.new_()
                .native_("pt")
                .modes(MeetingMode.IN_PERSON)
                .region("lisboa ")
                .stage(CareerStage.EXPERIENCED)
                .subjects("math")
                .on("A", 90)
                .on("B", 50)
                .responsiveness(0.8)
                .free("Europe/Helsinki", DayOfWeek.MONDAY, "19:00", "21:00");

        PairExplanation e = explain(mentee, mentor);

        assertThat(e.milliPoints()).isEqualTo(19_833 + 15_000 + 3_333 + 0 + 7_500 + 8_000 + 0);
        assertThat(e.score()).isEqualTo(new BigDecimal("53.666"));
        assertThat(e.contributions()).extracting(Contribution::criterion).containsExactly(Criterion.values());
        assertThat(e.shared().languages()).containsExactly("pt");
        assertThat(e.shared().modes()).containsExactly(MeetingMode.IN_PERSON);
        assertThat(e.shared().region()).contains("Lisboa");
        assertThat(e.filtersApplied())
                .containsExactly(
                        Filter.NOT_SELF,
                        Filter.NOT_BLOCKED,
                        Filter.SHARED_LANGUAGE,
                        Filter.MODE_AND_REGION,
                        Filter.FORMAT,
                        Filter.CAPACITY_LEFT);
    }
}
