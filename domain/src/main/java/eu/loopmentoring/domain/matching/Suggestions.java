package eu.loopmentoring.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Self-service suggestions: the best mentors for one mentee's request, or the best requests for
 * one mentor's offer, each with its explanation. Only pairs that pass every active filter are
 * suggested. Best score first, equal scores by the other side's id; pages continue after the last
 * item of the previous page (a keyset, so a page never repeats or skips an item between calls on
 * the same data). Selecting a page of k among m candidates costs O(m log k), not a full sort.
 */
public final class Suggestions {

    /** Where the previous page ended: the score and id of its last item. */
    public record After(long milliPoints, UUID id) {
        public After {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A pair as the filters see it: the filters it fails and, when it fails none, its explanation. */
    public record PairCheck(Set<Filter> failedFilters, Optional<PairExplanation> explanation) {}

    private final MatchingPolicy policy;

    public Suggestions(MatchingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public List<PairExplanation> mentorsFor(
            MenteeCandidate mentee,
            Collection<MentorCandidate> mentors,
            Collection<BlockedPair> blocked,
            LocalDate week,
            int limit,
            Optional<After> after) {
        Cohort cohort = new Cohort(policy, List.of(mentee), List.copyOf(mentors), blocked, week, false);
        return best(cohort.mentorCount(), j -> cohort.mentors.get(j).offerId(), limit, after, cohort);
    }

    public List<PairExplanation> menteesFor(
            MentorCandidate mentor,
            Collection<MenteeCandidate> mentees,
            Collection<BlockedPair> blocked,
            LocalDate week,
            int limit,
            Optional<After> after) {
        Cohort cohort = new Cohort(policy, List.copyOf(mentees), List.of(mentor), blocked, week, false);
        return best(cohort.menteeCount(), i -> cohort.mentees.get(i).requestId(), limit, after, cohort);
    }

    /** Checks and explains one pair, e.g. to explain a match to either person in it. */
    public PairCheck check(
            MenteeCandidate mentee, MentorCandidate mentor, Collection<BlockedPair> blocked, LocalDate week) {
        Cohort cohort = new Cohort(policy, List.of(mentee), List.of(mentor), blocked, week, false);
        int failed = cohort.failures(0, 0);
        return new PairCheck(
                Cohort.filters(failed), failed == 0 ? Optional.of(cohort.explain(0, 0)) : Optional.empty());
    }

    private record Hit(int index, long score, String id) {}

    private static final Comparator<Hit> BEST_FIRST =
            Comparator.comparingLong(Hit::score).reversed().thenComparing(Hit::id);

    private List<PairExplanation> best(
            int count, IntFunction<UUID> idOf, int limit, Optional<After> after, Cohort cohort) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        boolean manyMentees = cohort.menteeCount() > 1;
        Optional<Hit> from = after.map(a -> new Hit(-1, a.milliPoints(), a.id().toString()));
        PriorityQueue<Hit> kept = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (int k = 0; k < count; k++) {
            int i = manyMentees ? k : 0;
            int j = manyMentees ? 0 : k;
            if (!cohort.feasible(i, j)) {
                continue;
            }
            Hit hit = new Hit(k, cohort.score(i, j), idOf.apply(k).toString());
            if (from.isPresent() && BEST_FIRST.compare(hit, from.get()) <= 0) {
                continue;
            }
            if (kept.size() < limit) {
                kept.add(hit);
            } else if (BEST_FIRST.compare(hit, kept.peek()) < 0) {
                kept.poll();
                kept.add(hit);
            }
        }
        List<Hit> page = new ArrayList<>(kept);
        page.sort(BEST_FIRST);
        return page.stream()
                .map(h -> manyMentees ? cohort.explain(h.index(), 0) : cohort.explain(0, h.index()))
                .toList();
    }
}
