package eu.loopmentoring.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matching.MatchingPolicy.Weights;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedRequest;
import eu.loopmentoring.domain.profile.CefrLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BatchMatchingTest {

    private static final MatchingPolicy BY_TOTAL = MatchingPolicy.DEFAULT.withObjective(Objective.TOTAL_SCORE);

    @Test
    void the_assignment_is_optimal_against_brute_force_on_200_random_instances_for_both_objectives() {
        int prunedRoundsAboveOne = 0;
        for (int seed = 0; seed < 200; seed++) {
            MatchingInput input = new RandomCohorts(seed).input(1 + seed % 6, 1 + seed % 3);
            for (MatchingPolicy policy : List.of(MatchingPolicy.DEFAULT, BY_TOTAL)) {
                long[] best = BruteForce.optimum(policy, input);
                for (int edges : new int[] {0, 1, 2}) {
                    MatchingResult result = new BatchMatching(policy, edges, MatchingProgress.NONE).run(input);
                    assertThat(new long[] {result.matched(), result.totalMilliPoints()})
                            .as("seed %d, %s, %d edges per request", seed, policy.objective(), edges)
                            .containsExactly(best);
                    if (edges > 0 && result.statistics().rounds() > 1) {
                        prunedRoundsAboveOne++;
                    }
                }
            }
        }
        assertThat(prunedRoundsAboveOne)
                .as("the optimality check had to add left-out edges in some runs")
                .isPositive();
    }

    @Test
    void the_same_input_in_any_order_gives_the_same_result() {
        MatchingInput input = new RandomCohorts(42).input(80, 20);
        MatchingResult first = new BatchMatching(MatchingPolicy.DEFAULT).run(input);
        MatchingResult firstPruned = new BatchMatching(BY_TOTAL, 2, MatchingProgress.NONE).run(input);
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            List<MenteeCandidate> mentees = new ArrayList<>(input.mentees());
            List<MentorCandidate> mentors = new ArrayList<>(input.mentors());
            Collections.shuffle(mentees, random);
            Collections.shuffle(mentors, random);
            MatchingInput shuffled = new MatchingInput(
                    mentees, mentors, input.blocked(), input.week().plusDays(k % 7));

            assertThat(new BatchMatching(MatchingPolicy.DEFAULT).run(shuffled)).isEqualTo(first);
            assertThat(new BatchMatching(BY_TOTAL, 2, MatchingProgress.NONE).run(shuffled))
                    .isEqualTo(firstPruned);
        }
        assertThat(first.matched()).isPositive();
        assertThat(firstPruned.statistics().rounds()).isGreaterThan(1);
    }

    @Test
    void pruning_changes_neither_the_total_nor_the_number_matched() {
        MatchingInput input = new RandomCohorts(3).input(120, 30);
        MatchingResult all = new BatchMatching(MatchingPolicy.DEFAULT, 0, MatchingProgress.NONE).run(input);
        for (int edges : new int[] {1, 3, 24}) {
            MatchingResult pruned = new BatchMatching(MatchingPolicy.DEFAULT, edges, MatchingProgress.NONE).run(input);
            assertThat(pruned.totalMilliPoints()).isEqualTo(all.totalMilliPoints());
            assertThat(pruned.matched()).isEqualTo(all.matched());
            assertThat(pruned.statistics().candidateEdges())
                    .isLessThanOrEqualTo(all.statistics().candidateEdges());
        }
    }

    @Test
    void no_offer_ever_takes_more_than_its_capacity_and_the_loads_add_up() {
        for (int seed = 0; seed < 30; seed++) {
            MatchingInput input = new RandomCohorts(1000 + seed).input(40, 10);
            MatchingResult result = new BatchMatching(MatchingPolicy.DEFAULT).run(input);
            Map<UUID, Integer> load = new HashMap<>();
            result.pairs().forEach(p -> load.merge(p.offerId(), 1, Integer::sum));
            for (MentorCandidate mentor : input.mentors()) {
                assertThat(load.getOrDefault(mentor.offerId(), 0)).isLessThanOrEqualTo(mentor.remainingCapacity());
            }
            assertThat(result.loadHistogram().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(input.mentors().size());
            assertThat(result.loadHistogram().entrySet().stream()
                            .mapToInt(e -> e.getKey() * e.getValue())
                            .sum())
                    .isEqualTo(result.matched());
            assertThat(result.matched() + result.unmatched().size())
                    .isEqualTo(input.mentees().size());
        }
    }

    @Test
    void every_pair_carries_an_explanation_that_adds_up_to_its_score_and_the_total_is_their_sum() {
        MatchingResult result = new BatchMatching(MatchingPolicy.DEFAULT).run(new RandomCohorts(5).input(60, 15));

        assertThat(result.pairs())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.explanation().contributions().stream()
                                .mapToLong(Contribution::milliPoints)
                                .sum())
                        .isEqualTo(p.explanation().milliPoints()));
        assertThat(result.pairs().stream()
                        .mapToLong(p -> p.explanation().milliPoints())
                        .sum())
                .isEqualTo(result.totalMilliPoints());
        assertThat(result.pairs()).extracting(p -> p.requestId().toString()).isSorted();
    }

    @Test
    void every_unmatched_request_says_why() {
        Someone finnish = Someone.new_().native_("fi");
        Someone first = Someone.new_().native_("pt");
        Someone second = Someone.new_().native_("pt");
        Someone mentor = Someone.new_().native_("pt").capacity(1);
        Someone fullMentor = Someone.new_().native_("fi").capacity(0);
        MatchingInput input = new MatchingInput(
                List.of(finnish.mentee(), first.mentee(), second.mentee()),
                List.of(mentor.mentor(), fullMentor.mentor()),
                Set.of(),
                Someone.WINTER);

        MatchingResult result = new BatchMatching(MatchingPolicy.DEFAULT).run(input);

        assertThat(result.matched()).isEqualTo(1);
        UnmatchedRequest noMentor = unmatched(result, finnish.mentee().requestId());
        assertThat(noMentor.reason()).isEqualTo(UnmatchedReason.NO_FEASIBLE_MENTOR);
        assertThat(noMentor.feasibleOffers()).isZero();
        assertThat(noMentor.excludedBy()).isEqualTo(Map.of(Filter.SHARED_LANGUAGE, 1, Filter.CAPACITY_LEFT, 1));
        UUID loser = result.pairs().getFirst().requestId().equals(first.mentee().requestId())
                ? second.mentee().requestId()
                : first.mentee().requestId();
        UnmatchedRequest full = unmatched(result, loser);
        assertThat(full.reason()).isEqualTo(UnmatchedReason.CAPACITY_TAKEN);
        assertThat(full.feasibleOffers()).isEqualTo(1);
        assertThat(full.excludedBy()).isEmpty();
    }

    @Test
    void a_run_never_exceeds_capacity_even_when_the_policy_would_show_full_mentors() {
        MatchingPolicy showFull =
                MatchingPolicy.DEFAULT.withFilters(new MatchingPolicy.Filters(true, true, true, true, false, false));
        MatchingInput input = new MatchingInput(
                List.of(Someone.new_().mentee()),
                List.of(Someone.new_().capacity(0).mentor()),
                Set.of(),
                Someone.WINTER);

        MatchingResult result = new BatchMatching(showFull).run(input);

        assertThat(result.matched()).isZero();
        assertThat(result.unmatched().getFirst().excludedBy()).containsEntry(Filter.CAPACITY_LEFT, 1);
    }

    /**
     * r1 teaches a and b; o1 teaches a and b, o2 only a, and takes groups only; r2 (a, c, d) meets
     * one-to-one only, so only o1. Scores (subjects only): r1-o1 100, r1-o2 50, r2-o1 33.333.
     */
    private record Trade(Someone r1, Someone r2, Someone o1, Someone o2, MatchingInput input) {
        static Trade build() {
            Someone r1 = Someone.new_().subjects("a", "b").formats(MeetingFormat.ONE_TO_ONE, MeetingFormat.GROUP);
            Someone r2 = Someone.new_().subjects("a", "c", "d");
            Someone o1 = Someone.new_().subjects("a", "b");
            Someone o2 = Someone.new_().subjects("a").formats(MeetingFormat.GROUP);
            return new Trade(
                    r1,
                    r2,
                    o1,
                    o2,
                    new MatchingInput(
                            List.of(r1.mentee(), r2.mentee()),
                            List.of(o1.mentor(), o2.mentor()),
                            Set.of(),
                            Someone.WINTER));
        }
    }

    private static final Weights SUBJECTS_ONLY = new Weights(0, 0, 100, 0, 0, 0, 0);

    @Test
    void matching_most_people_first_leaves_one_blocking_pair_who_would_both_rather_be_together() {
        Trade t = Trade.build();

        MatchingResult result = new BatchMatching(MatchingPolicy.DEFAULT.withWeights(SUBJECTS_ONLY)).run(t.input());

        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.totalMilliPoints()).isEqualTo(50_000 + 33_333);
        assertThat(offerOf(result, t.r1())).isEqualTo(t.o2().mentor().offerId());
        // r1 scores 100 with o1 rather than 50 with o2, and o1 scores r1 above its r2 (33.333)
        assertThat(result.blockingPairs()).isEqualTo(1);
        assertThat(result.loadHistogram()).containsExactly(Map.entry(1, 2));
    }

    @Test
    void maximising_the_total_score_matches_fewer_and_leaves_no_blocking_pair() {
        Trade t = Trade.build();

        MatchingResult result = new BatchMatching(BY_TOTAL.withWeights(SUBJECTS_ONLY)).run(t.input());

        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.totalMilliPoints()).isEqualTo(100_000);
        assertThat(offerOf(result, t.r1())).isEqualTo(t.o1().mentor().offerId());
        // r2 would take o1, but o1 scores r2 (33.333) below r1 (100): not blocking
        assertThat(result.blockingPairs()).isZero();
        assertThat(unmatched(result, t.r2().mentee().requestId()).reason()).isEqualTo(UnmatchedReason.CAPACITY_TAKEN);
        assertThat(result.loadHistogram()).containsExactly(Map.entry(0, 1), Map.entry(1, 1));
    }

    @Test
    void the_blocking_pairs_are_exactly_those_of_the_definition_on_random_instances() {
        for (int seed = 0; seed < 40; seed++) {
            MatchingInput input = new RandomCohorts(500 + seed).input(12, 4);
            MatchingResult result = new BatchMatching(MatchingPolicy.DEFAULT).run(input);
            assertThat(result.blockingPairs())
                    .as("seed %d", seed)
                    .isEqualTo(BruteForce.blockingPairs(MatchingPolicy.DEFAULT, input, result));
        }
    }

    @Test
    void the_input_hash_ignores_order_but_not_content_nor_the_policy_version() {
        MatchingInput input = new RandomCohorts(9).input(10, 4);
        List<MenteeCandidate> reversed = new ArrayList<>(input.mentees());
        Collections.reverse(reversed);
        String hash = new BatchMatching(MatchingPolicy.DEFAULT).run(input).inputHash();

        assertThat(hash).hasSize(64);
        assertThat(new BatchMatching(MatchingPolicy.DEFAULT)
                        .run(new MatchingInput(reversed, input.mentors(), input.blocked(), input.week()))
                        .inputHash())
                .isEqualTo(hash);
        assertThat(new BatchMatching(MatchingPolicy.DEFAULT.withWeights(Weights.DEFAULT))
                        .run(input)
                        .inputHash())
                .isNotEqualTo(hash);
        List<MenteeCandidate> changed = new ArrayList<>(input.mentees());
        changed.set(
                0,
                Someone.new_()
                        .id(changed.getFirst().requestId())
                        .speaks("pt", CefrLevel.A1)
                        .mentee());
        assertThat(new BatchMatching(MatchingPolicy.DEFAULT)
                        .run(new MatchingInput(changed, input.mentors(), input.blocked(), input.week()))
                        .inputHash())
                .isNotEqualTo(hash);
    }

    @Test
    void a_request_or_offer_given_twice_is_refused() {
        MenteeCandidate mentee = Someone.new_().mentee();

        assertThatThrownBy(() -> new MatchingInput(List.of(mentee, mentee), List.of(), Set.of(), Someone.WINTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is given twice");
    }

    @Test
    void an_empty_run_matches_nobody() {
        MatchingResult result = new BatchMatching(MatchingPolicy.DEFAULT)
                .run(new MatchingInput(List.of(), List.of(), Set.of(), Someone.WINTER));

        assertThat(result.matched()).isZero();
        assertThat(result.unmatched()).isEmpty();
        assertThat(result.loadHistogram()).isEmpty();
    }

    private static UUID offerOf(MatchingResult result, Someone mentee) {
        return result.pairs().stream()
                .filter(p -> p.requestId().equals(mentee.mentee().requestId()))
                .findFirst()
                .orElseThrow()
                .offerId();
    }

    private static UnmatchedRequest unmatched(MatchingResult result, UUID requestId) {
        return result.unmatched().stream()
                .filter(u -> u.requestId().equals(requestId))
                .findFirst()
                .orElseThrow();
    }
}
