package eu.loopmentoring.domain.resource.recommendation;

import static eu.loopmentoring.domain.resource.recommendation.Resources.developing;
import static eu.loopmentoring.domain.resource.recommendation.Resources.forStages;
import static eu.loopmentoring.domain.resource.recommendation.Resources.id;
import static eu.loopmentoring.domain.resource.recommendation.Resources.inLanguages;
import static eu.loopmentoring.domain.resource.recommendation.Resources.neutral;
import static eu.loopmentoring.domain.resource.recommendation.Resources.onTopics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.profile.LanguageSkill;
import eu.loopmentoring.domain.resource.recommendation.Reason.StageFit;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourceRankingTest {

    private final ResourceRanking ranking = new ResourceRanking(RankingPolicy.DEFAULT);

    // --- two contrasting people on the same bank ---------------------------------------------

    /** A mathematics teacher in her induction year, weak in classroom management, reading Portuguese. */
    private static final LearnerSignals INDUCTION_TEACHER = new LearnerSignals(
            List.of("classroom-management", "communication-with-parents"),
            Map.of(
                    ProfileDimension.PEDAGOGICAL_CONCEPTIONS, 52,
                    ProfileDimension.EXPERIENCE, 20,
                    ProfileDimension.COMMUNICATION_SKILLS, 45,
                    ProfileDimension.CREATIVITY, 58,
                    ProfileDimension.PROFESSIONAL_KNOWLEDGE, 40,
                    ProfileDimension.PROBLEM_SOLVING, 35,
                    ProfileDimension.TRAINING_NEEDS, 80),
            List.of("assessment-for-learning"),
            Optional.of(CareerStage.INDUCTION),
            List.of(new LanguageSkill("pt", CefrLevel.C2, true), new LanguageSkill("en", CefrLevel.A2, false)),
            Set.of(),
            Set.of());

    /** A principal leading whole-school digital innovation, reading Finnish and English. */
    private static final LearnerSignals SCHOOL_LEADER = new LearnerSignals(
            List.of("research-informed-teaching"),
            Map.of(
                    ProfileDimension.PEDAGOGICAL_CONCEPTIONS, 78,
                    ProfileDimension.EXPERIENCE, 92,
                    ProfileDimension.COMMUNICATION_SKILLS, 81,
                    ProfileDimension.CREATIVITY, 74,
                    ProfileDimension.PROFESSIONAL_KNOWLEDGE, 85,
                    ProfileDimension.PROBLEM_SOLVING, 70,
                    ProfileDimension.TRAINING_NEEDS, 30),
            List.of("school-development", "digital-pedagogy", "future-school"),
            Optional.of(CareerStage.SENIOR),
            List.of(new LanguageSkill("fi", CefrLevel.C2, true), new LanguageSkill("en", CefrLevel.C1, false)),
            Set.of(),
            Set.of());

    private static final List<RecommendationCandidate> BANK = List.of(
            new RecommendationCandidate(
                    id("gestão da sala de aula no primeiro ano"),
                    List.of("pt"),
                    Set.of(CareerStage.STUDENT_TEACHER, CareerStage.INDUCTION),
                    Set.of(ProfileDimension.PROBLEM_SOLVING, ProfileDimension.EXPERIENCE),
                    List.of("classroom-management", "induction"),
                    4.4,
                    12),
            new RecommendationCandidate(
                    id("conversas com as famílias"),
                    List.of("pt", "es"),
                    Set.of(CareerStage.INDUCTION, CareerStage.EARLY_CAREER),
                    Set.of(ProfileDimension.COMMUNICATION_SKILLS),
                    List.of("communication-with-parents"),
                    4.1,
                    7),
            new RecommendationCandidate(
                    id("classroom routines that work"),
                    List.of("en"),
                    Set.of(CareerStage.INDUCTION),
                    Set.of(ProfileDimension.PROBLEM_SOLVING),
                    List.of("classroom-management"),
                    4.8,
                    30),
            new RecommendationCandidate(
                    id("future school: a year of evidence-informed improvement"),
                    List.of("en", "fi"),
                    Set.of(CareerStage.EXPERIENCED, CareerStage.SENIOR),
                    Set.of(ProfileDimension.PROFESSIONAL_KNOWLEDGE),
                    List.of("future-school", "school-development", "leadership"),
                    4.5,
                    18),
            new RecommendationCandidate(
                    id("digipeda-työpaja opettajainhuoneeseen"),
                    List.of("fi"),
                    Set.of(CareerStage.EARLY_CAREER, CareerStage.EXPERIENCED, CareerStage.SENIOR),
                    Set.of(ProfileDimension.PEDAGOGICAL_CONCEPTIONS, ProfileDimension.CREATIVITY),
                    List.of("digipeda", "digital-pedagogy", "collaboration-and-peer-learning"),
                    4.2,
                    9),
            new RecommendationCandidate(
                    id("tisl: teacher inquiry into student learning"),
                    List.of("en"),
                    Set.of(CareerStage.EXPERIENCED, CareerStage.SENIOR),
                    Set.of(ProfileDimension.PROBLEM_SOLVING),
                    List.of("tisl", "research-informed-teaching"),
                    4.0,
                    5),
            new RecommendationCandidate(
                    id("mentorluse alused"),
                    List.of("et"),
                    Set.of(CareerStage.EXPERIENCED),
                    Set.of(ProfileDimension.COMMUNICATION_SKILLS),
                    List.of("mentoring-skills"),
                    4.9,
                    22),
            RecommendationCandidate.unrated(
                    id("avaliação formativa em matemática"),
                    List.of("pt"),
                    Set.of(),
                    Set.of(ProfileDimension.PROFESSIONAL_KNOWLEDGE),
                    List.of("assessment-for-learning")));

    @Test
    void an_induction_teacher_and_a_school_leader_get_different_top_recommendations_from_one_bank() {
        List<UUID> teacher = ids(ranking.rank(INDUCTION_TEACHER, BANK));
        List<UUID> leader = ids(ranking.rank(SCHOOL_LEADER, BANK));

        assertThat(teacher)
                .startsWith(id("gestão da sala de aula no primeiro ano"), id("conversas com as famílias"))
                .doesNotContain(
                        id("classroom routines that work"),
                        id("future school: a year of evidence-informed improvement"));
        assertThat(leader)
                .startsWith(
                        id("future school: a year of evidence-informed improvement"),
                        id("tisl: teacher inquiry into student learning"),
                        id("digipeda-työpaja opettajainhuoneeseen"))
                .doesNotContain(id("gestão da sala de aula no primeiro ano"), id("conversas com as famílias"));
        assertThat(teacher.subList(0, 3)).doesNotContainAnyElementsOf(leader.subList(0, 3));
    }

    @Test
    void the_induction_teachers_first_recommendation_says_why_in_codes() {
        Recommendation first = ranking.rank(INDUCTION_TEACHER, BANK).getFirst();

        assertThat(first.reasons())
                .extracting(Reason::code)
                .containsExactlyInAnyOrder(
                        ReasonCode.TRAINING_NEED,
                        ReasonCode.WEAK_DIMENSION,
                        ReasonCode.WEAK_DIMENSION,
                        ReasonCode.CAREER_STAGE,
                        ReasonCode.LANGUAGE,
                        ReasonCode.HIGHLY_RATED);
        assertThat(first.reasons())
                .contains(
                        new Reason.TrainingNeed("classroom-management", new BigDecimal("3.900")),
                        new Reason.WeakDimension(ProfileDimension.EXPERIENCE, 20, new BigDecimal("1.667")),
                        new Reason.WeakDimension(ProfileDimension.PROBLEM_SOLVING, 35, new BigDecimal("1.042")),
                        new Reason.CareerStageFit(CareerStage.INDUCTION, StageFit.SAME, new BigDecimal("1.000")),
                        new Reason.Language("pt", CefrLevel.C2, true, new BigDecimal("0.500")));
        assertThat(first.reasons().getFirst()).isInstanceOf(Reason.TrainingNeed.class);
    }

    @Test
    void every_explanation_adds_up_to_its_score() {
        Stream.of(INDUCTION_TEACHER, SCHOOL_LEADER, LearnerSignals.NONE)
                .flatMap(person -> ranking.rank(person, BANK).stream())
                .forEach(r -> assertThat(
                                r.reasons().stream().map(Reason::contribution).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as("reasons of %s", r.resourceId())
                        .isEqualByComparingTo(r.score()));
    }

    @Test
    void reasons_come_strongest_first_and_none_is_worth_nothing() {
        for (Recommendation r : ranking.rank(SCHOOL_LEADER, BANK)) {
            assertThat(r.reasons()).extracting(Reason::contribution).isSortedAccordingTo(Collections.reverseOrder());
            assertThat(r.reasons())
                    .allSatisfy(
                            reason -> assertThat(reason.contribution().signum()).isNotZero());
        }
    }

    // --- each signal moves the order -----------------------------------------------------------

    @Nested
    class Each_signal_moves_the_order {

        private final RecommendationCandidate betterRated =
                onTopics("popular classroom tips", "classroom-management").withRating(4.7, 25);
        private final RecommendationCandidate onInclusion =
                onTopics("inclusive lesson design", "inclusion-and-diversity");

        @Test
        void a_training_need() {
            assertThat(first(LearnerSignals.NONE, betterRated, onInclusion)).isEqualTo(betterRated.id());
            assertThat(first(person().needs("inclusion-and-diversity"), betterRated, onInclusion))
                    .isEqualTo(onInclusion.id());
        }

        @Test
        void an_interest() {
            assertThat(first(person().interestedIn("inclusion-and-diversity"), betterRated, onInclusion))
                    .isEqualTo(onInclusion.id());
        }

        @Test
        void a_weak_dimension() {
            RecommendationCandidate creative =
                    developing("creative starters", ProfileDimension.CREATIVITY).withRating(3.9, 4);
            RecommendationCandidate communicative =
                    developing("talking with colleagues", ProfileDimension.COMMUNICATION_SKILLS);

            assertThat(first(person().scoring(ProfileDimension.COMMUNICATION_SKILLS, 80), creative, communicative))
                    .isEqualTo(creative.id());
            assertThat(first(person().scoring(ProfileDimension.COMMUNICATION_SKILLS, 30), creative, communicative))
                    .isEqualTo(communicative.id());
        }

        @Test
        void a_weaker_score_counts_more() {
            RecommendationCandidate creative = developing("creative starters", ProfileDimension.CREATIVITY);
            RecommendationCandidate communicative =
                    developing("talking with colleagues", ProfileDimension.COMMUNICATION_SKILLS);
            Learner person = person().scoring(ProfileDimension.CREATIVITY, 40);

            assertThat(first(person.scoring(ProfileDimension.COMMUNICATION_SKILLS, 50), creative, communicative))
                    .isEqualTo(creative.id());
            assertThat(first(person.scoring(ProfileDimension.COMMUNICATION_SKILLS, 30), creative, communicative))
                    .isEqualTo(communicative.id());
        }

        @Test
        void the_career_stage() {
            RecommendationCandidate forNewcomers = forStages("first weeks", CareerStage.INDUCTION);
            RecommendationCandidate forLeaders = forStages("leading change", CareerStage.SENIOR);

            assertThat(first(person().at(CareerStage.INDUCTION), forLeaders, forNewcomers))
                    .isEqualTo(forNewcomers.id());
            assertThat(first(person().at(CareerStage.SENIOR), forNewcomers, forLeaders))
                    .isEqualTo(forLeaders.id());
        }

        @Test
        void a_neighbouring_stage_beats_a_distant_one_and_an_open_audience_sits_between() {
            RecommendationCandidate early = forStages("early years", CareerStage.EARLY_CAREER);
            RecommendationCandidate senior = forStages("senior years", CareerStage.SENIOR);
            RecommendationCandidate anyone = neutral("for everyone");

            assertThat(ids(ranking.rank(person().at(CareerStage.INDUCTION).signals(), List.of(senior, anyone, early))))
                    .containsExactly(early.id(), anyone.id(), senior.id());
        }

        @Test
        void how_well_the_person_reads_the_language() {
            RecommendationCandidate english = inLanguages("in english", "en");
            RecommendationCandidate spanish = inLanguages("en español", "es");
            Learner reader = person().reads("en", CefrLevel.B2, false);

            assertThat(first(reader.reads("es", CefrLevel.C2, true), english, spanish))
                    .isEqualTo(spanish.id());
            assertThat(first(reader.reads("es", CefrLevel.B1, false), english, spanish))
                    .isEqualTo(english.id());
        }

        @Test
        void the_rating() {
            RecommendationCandidate plain = neutral("plain");
            RecommendationCandidate other = neutral("other");

            assertThat(first(LearnerSignals.NONE, plain.withRating(4.5, 10), other))
                    .isEqualTo(plain.id());
            assertThat(first(LearnerSignals.NONE, plain, other.withRating(4.5, 10)))
                    .isEqualTo(other.id());
        }

        @Test
        void having_opened_it_already() {
            RecommendationCandidate a = onTopics("a", "inclusion-and-diversity");
            RecommendationCandidate b = onTopics("b", "inclusion-and-diversity");
            Learner person = person().needs("inclusion-and-diversity");

            UUID winner = first(person, a, b);
            UUID loser = winner.equals(a.id()) ? b.id() : a.id();
            assertThat(first(person.opened(winner), a, b)).isEqualTo(loser);
        }

        @Test
        void having_opened_it_lowers_it_only_slightly() {
            RecommendationCandidate needed = onTopics("needed", "inclusion-and-diversity");
            RecommendationCandidate unrelated = neutral("unrelated").withRating(4.8, 40);
            Learner person = person().needs("inclusion-and-diversity").opened(needed.id());

            Recommendation top =
                    ranking.rank(person.signals(), List.of(unrelated, needed)).getFirst();

            assertThat(top.resourceId()).isEqualTo(needed.id());
            assertThat(top.reasons())
                    .contains(new Reason.AlreadyOpened(new BigDecimal("-0.750")))
                    .last()
                    .extracting(Reason::code)
                    .isEqualTo(ReasonCode.ALREADY_OPENED);
        }

        private UUID first(Learner person, RecommendationCandidate... candidates) {
            return first(person.signals(), candidates);
        }

        private UUID first(LearnerSignals person, RecommendationCandidate... candidates) {
            return ranking.rank(person, List.of(candidates)).getFirst().resourceId();
        }
    }

    // --- what the signals mean ------------------------------------------------------------------

    @Test
    void a_strong_need_for_training_makes_training_needs_count_more() {
        RecommendationCandidate candidate = onTopics("inclusion", "inclusion-and-diversity");
        Learner person = person().needs("inclusion-and-diversity");

        assertThat(contributions(person.scoring(ProfileDimension.TRAINING_NEEDS, 90), candidate))
                .containsExactly(new BigDecimal("4.200"));
        assertThat(contributions(person, candidate)).containsExactly(new BigDecimal("3.000"));
        assertThat(contributions(person.scoring(ProfileDimension.TRAINING_NEEDS, 10), candidate))
                .containsExactly(new BigDecimal("1.800"));
    }

    @Test
    void a_low_training_needs_score_is_not_a_weakness() {
        RecommendationCandidate candidate = developing("needs", ProfileDimension.TRAINING_NEEDS);

        assertThat(reasons(person().scoring(ProfileDimension.TRAINING_NEEDS, 5), candidate))
                .isEmpty();
    }

    @Test
    void special_category_scores_are_never_used_to_rank() {
        RecommendationCandidate candidate = developing("motivation", ProfileDimension.MOTIVATION);

        assertThat(reasons(person().scoring(ProfileDimension.MOTIVATION, 10), candidate))
                .isEmpty();
    }

    @Test
    void a_score_at_the_threshold_or_above_is_not_weak() {
        RecommendationCandidate candidate = developing("creativity", ProfileDimension.CREATIVITY);

        assertThat(reasons(person().scoring(ProfileDimension.CREATIVITY, 60), candidate))
                .isEmpty();
        assertThat(contributions(person().scoring(ProfileDimension.CREATIVITY, 38), candidate))
                .containsExactly(new BigDecimal("0.917"));
    }

    @Test
    void listing_many_matching_topics_counts_only_the_strongest_few() {
        RecommendationCandidate stuffed =
                onTopics("everything", "classroom-management", "inclusion-and-diversity", "assessment-for-learning");
        Learner person = person().needs("classroom-management", "inclusion-and-diversity", "assessment-for-learning");

        assertThat(reasons(person, stuffed))
                .containsExactly(
                        new Reason.TrainingNeed("classroom-management", new BigDecimal("3.000")),
                        new Reason.TrainingNeed("inclusion-and-diversity", new BigDecimal("3.000")));
    }

    @Test
    void a_topic_that_is_both_a_need_and_an_interest_gives_both_reasons() {
        RecommendationCandidate candidate = onTopics("digital", "digital-pedagogy");
        Learner person = person().needs("digital-pedagogy").interestedIn("digital-pedagogy");

        assertThat(reasons(person, candidate))
                .extracting(Reason::code)
                .containsExactly(ReasonCode.TRAINING_NEED, ReasonCode.INTEREST);
    }

    // --- exclusions ----------------------------------------------------------------------------

    @Test
    void a_resource_in_no_language_the_person_reads_is_not_recommended() {
        RecommendationCandidate estonian = inLanguages("eesti keeles", "et").withRating(5, 50);
        RecommendationCandidate english = inLanguages("in english", "en");

        assertThat(ids(ranking.rank(person().reads("en", CefrLevel.C1, false).signals(), List.of(estonian, english))))
                .containsExactly(english.id());
    }

    @Test
    void a_language_read_below_b1_does_not_count_as_read() {
        RecommendationCandidate german = inLanguages("auf deutsch", "de");
        Learner person = person().reads("de", CefrLevel.A2, false);

        assertThat(ranking.rank(person.signals(), List.of(german))).isEmpty();
        assertThat(ranking.rank(person.reads("de", CefrLevel.B1, false).signals(), List.of(german)))
                .hasSize(1);
    }

    @Test
    void a_resource_counts_the_language_the_person_reads_best_of_its_languages() {
        RecommendationCandidate bilingual = inLanguages("bilingual", "en", "pt");
        Learner person = person().reads("en", CefrLevel.B2, false).reads("pt", CefrLevel.C2, true);

        assertThat(reasons(person, bilingual))
                .containsExactly(new Reason.Language("pt", CefrLevel.C2, true, new BigDecimal("0.500")));
    }

    @Test
    void a_person_who_declared_no_language_is_not_shut_out() {
        assertThat(ranking.rank(LearnerSignals.NONE, List.of(inLanguages("eesti keeles", "et"))))
                .singleElement()
                .satisfies(r -> assertThat(r.reasons()).isEmpty());
    }

    @Test
    void a_completed_resource_is_never_recommended_again() {
        RecommendationCandidate done = onTopics("done", "classroom-management").withRating(5, 40);
        RecommendationCandidate other = neutral("other");
        Learner person = person().needs("classroom-management").completed(done.id());

        assertThat(ids(ranking.rank(person.signals(), List.of(done, other)))).containsExactly(other.id());
    }

    // --- quality ---------------------------------------------------------------------------------

    @Test
    void one_review_of_five_does_not_beat_forty_reviews_of_four_point_six() {
        RecommendationCandidate lucky = neutral("one happy reviewer").withRating(5.0, 1);
        RecommendationCandidate proven = neutral("forty reviewers").withRating(4.6, 40);

        List<Recommendation> ranked = ranking.rank(LearnerSignals.NONE, List.of(lucky, proven));

        assertThat(ids(ranked)).containsExactly(proven.id(), lucky.id());
        assertThat(ranked.getFirst().reasons())
                .containsExactly(
                        new Reason.Rating(new BigDecimal("4.60"), 40, new BigDecimal("4.48"), new BigDecimal("0.978")));
        assertThat(ranked.getLast().reasons())
                .containsExactly(
                        new Reason.Rating(new BigDecimal("5.00"), 1, new BigDecimal("3.75"), new BigDecimal("0.250")));
    }

    @Test
    void the_prior_can_be_set_to_the_banks_own_mean_rating() {
        RankingPolicy sceptical = RankingPolicy.DEFAULT.withRatingPrior(3.0);

        assertThat(sceptical.adjustedRating(5, 1)).isEqualTo((5 * 3.0 + 5) / 6);
        assertThat(sceptical.adjustedRating(4.6, 40)).isGreaterThan(sceptical.adjustedRating(5, 3));
    }

    @Test
    void poorly_rated_resources_go_down_and_say_so() {
        RecommendationCandidate poor = neutral("poor").withRating(1.5, 12);
        RecommendationCandidate unrated = neutral("unrated");

        List<Recommendation> ranked = ranking.rank(LearnerSignals.NONE, List.of(poor, unrated));

        assertThat(ids(ranked)).containsExactly(unrated.id(), poor.id());
        assertThat(ranked.getFirst().reasons()).isEmpty();
        assertThat(ranked.getLast().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.LOW_RATED);
            assertThat(reason.contribution()).isNegative();
        });
    }

    @Test
    void a_good_rating_below_a_generous_banks_mean_moves_down_a_little_without_being_called_low() {
        RankingPolicy generousBank = RankingPolicy.DEFAULT.withRatingPrior(4.3);
        RecommendationCandidate good = neutral("good").withRating(4.0, 30);

        Reason reason = new ResourceRanking(generousBank)
                .rank(LearnerSignals.NONE, List.of(good))
                .getFirst()
                .reasons()
                .getFirst();

        assertThat(reason.contribution()).isNegative();
        assertThat(reason.code()).isEqualTo(ReasonCode.RATED);
    }

    @Test
    void the_words_follow_the_adjusted_average_on_the_five_point_scale() {
        for (int tenths = 10; tenths <= 50; tenths++) {
            double average = tenths / 10.0;
            for (double prior : new double[] {2.5, 3.5, 4.3}) {
                RankingPolicy policy = RankingPolicy.DEFAULT.withRatingPrior(prior);
                List<Reason> reasons = new ResourceRanking(policy)
                        .rank(LearnerSignals.NONE, List.of(neutral("r").withRating(average, 50)))
                        .getFirst()
                        .reasons();
                if (reasons.isEmpty()) {
                    assertThat(average)
                            .as("only a rating at the prior moves nothing")
                            .isEqualTo(prior);
                    continue;
                }
                Reason.Rating reason = (Reason.Rating) reasons.getFirst();
                double adjusted = reason.adjustedAverage().doubleValue();
                ReasonCode expected = adjusted >= 4.0 && reason.contribution().signum() >= 0
                        ? ReasonCode.HIGHLY_RATED
                        : adjusted < 3.0 && reason.contribution().signum() <= 0
                                ? ReasonCode.LOW_RATED
                                : ReasonCode.RATED;
                assertThat(reason.code())
                        .as("average %s, prior %s", average, prior)
                        .isEqualTo(expected);
                if (reason.code() == ReasonCode.LOW_RATED) {
                    assertThat(average).isLessThan(3.2);
                }
                if (reason.code() == ReasonCode.HIGHLY_RATED) {
                    assertThat(average).isGreaterThan(3.8);
                }
            }
        }
    }

    // --- determinism -----------------------------------------------------------------------------

    @Test
    void the_same_input_in_any_order_gives_the_same_ranking() {
        List<Recommendation> reference = ranking.rank(SCHOOL_LEADER, BANK);
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<RecommendationCandidate> shuffled = new ArrayList<>(BANK);
            Collections.shuffle(shuffled, random);
            assertThat(ranking.rank(SCHOOL_LEADER, shuffled)).isEqualTo(reference);
        }
    }

    @Test
    void equal_scores_are_ordered_by_resource_id() {
        List<RecommendationCandidate> equals =
                Stream.of("k", "b", "x", "a", "m").map(Resources::neutral).toList();

        List<UUID> ranked = ids(ranking.rank(LearnerSignals.NONE, equals));

        assertThat(ranked)
                .isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()))
                .hasSize(5);
    }

    @Test
    void a_limit_keeps_the_best() {
        assertThat(ranking.rank(SCHOOL_LEADER, BANK, 2))
                .isEqualTo(ranking.rank(SCHOOL_LEADER, BANK).subList(0, 2));
        assertThat(ranking.rank(SCHOOL_LEADER, BANK, 100))
                .hasSize(ranking.rank(SCHOOL_LEADER, BANK).size());
    }

    @Test
    void a_candidate_given_twice_is_a_programming_error() {
        assertThatThrownBy(() -> ranking.rank(LearnerSignals.NONE, List.of(neutral("a"), neutral("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private List<Reason> reasons(Learner person, RecommendationCandidate candidate) {
        return ranking.rank(person.signals(), List.of(candidate)).getFirst().reasons();
    }

    private List<BigDecimal> contributions(Learner person, RecommendationCandidate candidate) {
        return reasons(person, candidate).stream().map(Reason::contribution).toList();
    }

    private static List<UUID> ids(List<Recommendation> ranked) {
        return ranked.stream().map(Recommendation::resourceId).toList();
    }

    private static Learner person() {
        return Learner.NOBODY;
    }
}
