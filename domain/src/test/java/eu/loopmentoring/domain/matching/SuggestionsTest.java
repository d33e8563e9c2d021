package eu.loopmentoring.domain.matching;

import static eu.loopmentoring.domain.matching.Someone.WINTER;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.matching.Suggestions.After;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final Suggestions suggestions = new Suggestions(MatchingPolicy.DEFAULT);

    private static final Comparator<PairExplanation> BY_OFFER = Comparator.comparingLong(PairExplanation::milliPoints)
            .reversed()
            .thenComparing(e -> e.offerId().toString());

    @Test
    void the_best_mentors_come_first_and_equal_scores_go_by_offer_id() {
        MatchingInput input = new RandomCohorts(11).input(1, 300);
        MenteeCandidate mentee = input.mentees().getFirst();
        List<PairExplanation> everyFeasible = new ArrayList<>();
        for (MentorCandidate mentor : input.mentors()) {
            suggestions
                    .check(mentee, mentor, input.blocked(), WINTER)
                    .explanation()
                    .ifPresent(everyFeasible::add);
        }
        everyFeasible.sort(BY_OFFER);

        List<PairExplanation> top =
                suggestions.mentorsFor(mentee, input.mentors(), input.blocked(), WINTER, 5, Optional.empty());

        assertThat(everyFeasible).hasSizeGreaterThan(5);
        assertThat(top).isEqualTo(everyFeasible.subList(0, 5));
    }

    @Test
    void ties_are_broken_by_the_offer_id() {
        MenteeCandidate mentee = Someone.new_().mentee();
        List<MentorCandidate> mentors = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            mentors.add(Someone.new_().mentor());
        }

        List<PairExplanation> top = suggestions.mentorsFor(mentee, mentors, Set.of(), WINTER, 6, Optional.empty());

        assertThat(top)
                .extracting(PairExplanation::milliPoints)
                .containsOnly(top.getFirst().milliPoints());
        assertThat(top).extracting(e -> e.offerId().toString()).isSorted();
    }

    @Test
    void pages_continue_after_the_last_item_without_repeating_or_skipping_any() {
        MatchingInput input = new RandomCohorts(12).input(1, 200);
        MenteeCandidate mentee = input.mentees().getFirst();
        List<PairExplanation> all =
                suggestions.mentorsFor(mentee, input.mentors(), input.blocked(), WINTER, 1000, Optional.empty());

        List<PairExplanation> paged = new ArrayList<>();
        Optional<After> after = Optional.empty();
        while (true) {
            List<PairExplanation> page =
                    suggestions.mentorsFor(mentee, input.mentors(), input.blocked(), WINTER, 7, after);
            if (page.isEmpty()) break;
            paged.addAll(page);
            PairExplanation last = page.getLast();
            after = Optional.of(new After(last.milliPoints(), last.offerId()));
        }

        assertThat(paged).isEqualTo(all);
    }

    @Test
    void a_mentor_sees_the_requests_that_fit_best_and_never_a_blocked_person() {
        Someone mentor = Someone.new_().subjects("math").capacity(2);
        Someone mathTeacher = Someone.new_().subjects("math");
        Someone artTeacher = Someone.new_().subjects("art");
        Someone blocked = Someone.new_().subjects("math");

        List<PairExplanation> requests = suggestions.menteesFor(
                mentor.mentor(),
                List.of(artTeacher.mentee(), blocked.mentee(), mathTeacher.mentee()),
                Set.of(BlockedPair.of(mentor.personId(), blocked.personId())),
                WINTER,
                10,
                Optional.empty());

        assertThat(requests)
                .extracting(PairExplanation::requestId)
                .containsExactly(
                        mathTeacher.mentee().requestId(), artTeacher.mentee().requestId());
    }

    @Test
    void a_request_with_no_fitting_mentor_gets_no_suggestion() {
        List<PairExplanation> none = suggestions.mentorsFor(
                Someone.new_().native_("fi").mentee(),
                List.of(Someone.new_().native_("pt").mentor()),
                Set.of(),
                WINTER,
                3,
                Optional.of(new After(0, UUID.randomUUID())));

        assertThat(none).isEmpty();
    }
}
