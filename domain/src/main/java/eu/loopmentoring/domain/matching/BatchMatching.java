package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matching.MatchingProgress.Phase;
import eu.loopmentoring.domain.matching.MatchingResult.MatchedPair;
import eu.loopmentoring.domain.matching.MatchingResult.Statistics;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A batch run: assigns open requests to offers so as to maximise the policy's objective, exactly,
 * subject to capacities and the must-have filters (capacity always applies to a run).
 *
 * <p><b>Objective.</b> Each request gets at most one offer. {@code MOST_MATCHES_THEN_SCORE} (the
 * default) first matches as many requests as possible, then maximises the total score among those
 * assignments; {@code TOTAL_SCORE} maximises the total score, then the number matched among equal
 * totals. Both are one min-cost problem where being unmatched costs {@code alpha × maxScore + beta}
 * and a pair {@code alpha × (maxScore − score)}: with {@code alpha = 1, beta = n × maxScore + 1} one
 * more match outweighs any difference in score; with {@code alpha = n + 1, beta = 1} one milli-point
 * outweighs any difference in matches. Scores are whole milli-points, so both are exact.
 *
 * <p><b>Method.</b> Every pair is filtered and scored once; each request keeps its best
 * {@code edgesPerRequest} feasible offers (0 keeps all) as candidate edges, and {@link
 * AssignmentSolver} finds the optimum on them. Then every feasible pair is scored again and checked
 * against the solver's dual potentials: a left-out pair with a negative reduced cost could improve
 * the result, so any such pairs are added and the problem solved again. When none is left the
 * potentials certify that the assignment is optimal on the full set of feasible pairs, not only on
 * the kept ones: pruning saves memory and time but never costs optimality. The same pass counts
 * blocking pairs and finds why each unmatched request is unmatched.
 *
 * <p><b>Determinism.</b> The input is put in a canonical order (by id) first, and every step is
 * deterministic, so the same input in any order gives the same result.
 */
public final class BatchMatching {

    /**
     * Candidate edges kept per request before the optimality check: 0, all feasible pairs. On the
     * benchmark's cohorts (16% of pairs feasible) that is as fast as keeping the best 16 to 192 and
     * needs one round instead of two to four; keep fewer when feasible pairs would not fit in memory
     * (12 bytes each). See bench/matching/README.md.
     */
    public static final int DEFAULT_EDGES_PER_REQUEST = 0;

    private final MatchingPolicy policy;
    private final int edgesPerRequest;
    private final MatchingProgress progress;

    public BatchMatching(MatchingPolicy policy) {
        this(policy, DEFAULT_EDGES_PER_REQUEST, MatchingProgress.NONE);
    }

    public BatchMatching(MatchingPolicy policy, int edgesPerRequest, MatchingProgress progress) {
        this.policy = Objects.requireNonNull(policy, "policy");
        if (edgesPerRequest < 0) {
            throw new IllegalArgumentException("edgesPerRequest must be 0 (all) or more, was " + edgesPerRequest);
        }
        this.edgesPerRequest = edgesPerRequest;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public MatchingResult run(MatchingInput input) {
        MatchingInput canonical = input.canonical();
        String hash = InputHash.of(policy, canonical);
        Cohort cohort = new Cohort(
                policy, canonical.mentees(), canonical.mentors(), canonical.blocked(), canonical.week(), true);
        int n = cohort.menteeCount();
        int m = cohort.mentorCount();
        Costs costs = new Costs(policy.objective(), n, cohort.maxScore());

        Candidates candidates = candidates(cohort);
        int rounds = 0;
        while (true) {
            rounds++;
            int[] capacity = new int[m];
            Arrays.setAll(capacity, cohort::capacity);
            long[] edgeCost = new long[candidates.size()];
            for (int e = 0; e < edgeCost.length; e++) {
                edgeCost[e] = costs.pair(candidates.score[e]);
            }
            AssignmentSolver solver =
                    new AssignmentSolver(capacity, candidates.start, candidates.offer, edgeCost, costs.unmatched());
            progress.report(Phase.ASSIGNING, 0, n);
            int[] assigned = solver.solve();
            progress.report(Phase.ASSIGNING, n, n);
            Check check = check(cohort, candidates, assigned, solver, costs);
            if (check.missing.isEmpty()) {
                return result(hash, cohort, candidates, assigned, check, rounds);
            }
            candidates = candidates.with(check.missing);
        }
    }

    /** The edge costs of the min-cost problem equivalent to the objective (see the class comment). */
    private record Costs(long alpha, long beta, long maxScore) {
        Costs(Objective objective, int n, long maxScore) {
            this(
                    objective == Objective.TOTAL_SCORE ? n + 1L : 1L,
                    objective == Objective.TOTAL_SCORE ? 1L : Math.addExact(Math.multiplyExact(n, maxScore), 1L),
                    maxScore);
            // a shortest path has at most 2n + 1 edges: keep every path length far from overflow
            Math.multiplyExact(Math.multiplyExact(2L * n + 2, 4L), unmatched());
        }

        long pair(long score) {
            return alpha * (maxScore - score);
        }

        long unmatched() {
            return Math.addExact(Math.multiplyExact(alpha, maxScore), beta);
        }
    }

    private Candidates candidates(Cohort cohort) {
        int n = cohort.menteeCount();
        int m = cohort.mentorCount();
        int keep = edgesPerRequest == 0 ? m : Math.min(edgesPerRequest, m);
        Candidates.Builder edges = new Candidates.Builder(n);
        int[] bestOffer = new int[keep];
        long[] bestScore = new long[keep];
        for (int i = 0; i < n; i++) {
            int size = 0;
            for (int j = 0; j < m; j++) {
                if (!cohort.feasible(i, j)) {
                    continue;
                }
                long score = cohort.score(i, j);
                if (keep == m) {
                    edges.add(j, score); // all of them, in offer order
                    continue;
                }
                if (size == keep && score <= bestScore[size - 1]) {
                    continue; // not better than the worst kept (ties go to the lower index, seen first)
                }
                int at = size == keep ? size - 1 : size++;
                while (at > 0 && bestScore[at - 1] < score) {
                    bestScore[at] = bestScore[at - 1];
                    bestOffer[at] = bestOffer[at - 1];
                    at--;
                }
                bestScore[at] = score;
                bestOffer[at] = j;
            }
            for (int k = 0; k < size; k++) {
                edges.add(bestOffer[k], bestScore[k]);
            }
            edges.endRequest();
            if ((i & 255) == 255) {
                progress.report(Phase.SCORING, i + 1, n);
            }
        }
        progress.report(Phase.SCORING, n, n);
        return edges.build();
    }

    /** The pass over every pair after solving: certificate, blocking pairs, unmatched reasons. */
    private record Check(
            List<long[]> missing,
            long feasiblePairs,
            long blockingPairs,
            int[] feasibleOffers,
            List<Map<Filter, Integer>> excludedBy,
            int[] load) {}

    private Check check(Cohort cohort, Candidates candidates, int[] assigned, AssignmentSolver solver, Costs costs) {
        int n = cohort.menteeCount();
        int m = cohort.mentorCount();
        int[] match = new int[n];
        long[] matchScore = new long[n];
        int[] load = new int[m];
        long[] lowest = new long[m];
        Arrays.fill(lowest, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            int e = assigned[i];
            match[i] = e < 0 ? -1 : candidates.offer[e];
            if (e >= 0) {
                matchScore[i] = candidates.score[e];
                load[match[i]]++;
                lowest[match[i]] = Math.min(lowest[match[i]], matchScore[i]);
            }
        }
        int[] candidateStamp = new int[m];
        List<long[]> missing = new ArrayList<>();
        long feasiblePairs = 0;
        long blocking = 0;
        int[] feasibleOffers = new int[n];
        List<Map<Filter, Integer>> excludedBy = new ArrayList<>(n);
        int[] failedCount = new int[Filter.values().length];
        for (int i = 0; i < n; i++) {
            for (int e = candidates.start[i]; e < candidates.start[i + 1]; e++) {
                candidateStamp[candidates.offer[e]] = i + 1;
            }
            boolean unmatched = match[i] < 0;
            Arrays.fill(failedCount, 0);
            for (int j = 0; j < m; j++) {
                if (unmatched) {
                    int failed = cohort.failures(i, j);
                    if (failed != 0) {
                        for (Filter f : Cohort.filters(failed)) {
                            failedCount[f.ordinal()]++;
                        }
                        continue;
                    }
                } else if (!cohort.feasible(i, j)) {
                    continue;
                }
                feasibleOffers[i]++;
                long score = cohort.score(i, j);
                if (candidateStamp[j] != i + 1 && solver.reducedCost(i, j, costs.pair(score)) < 0) {
                    missing.add(new long[] {i, j, score});
                }
                if (j != match[i]
                        && (unmatched || score > matchScore[i])
                        && (load[j] < cohort.capacity(j) || score > lowest[j])) {
                    blocking++;
                }
            }
            feasiblePairs += feasibleOffers[i];
            Map<Filter, Integer> excluded = new EnumMap<>(Filter.class);
            if (unmatched && feasibleOffers[i] == 0) {
                for (Filter f : Filter.values()) {
                    if (failedCount[f.ordinal()] > 0) {
                        excluded.put(f, failedCount[f.ordinal()]);
                    }
                }
            }
            excludedBy.add(excluded);
            if ((i & 255) == 255) {
                progress.report(Phase.CHECKING, i + 1, n);
            }
        }
        progress.report(Phase.CHECKING, n, n);
        return new Check(missing, feasiblePairs, blocking, feasibleOffers, excludedBy, load);
    }

    private MatchingResult result(
            String hash, Cohort cohort, Candidates candidates, int[] assigned, Check check, int rounds) {
        List<MatchedPair> pairs = new ArrayList<>();
        List<UnmatchedRequest> unmatched = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < cohort.menteeCount(); i++) {
            MenteeCandidate mentee = cohort.mentees.get(i);
            if (assigned[i] >= 0) {
                int j = candidates.offer[assigned[i]];
                PairExplanation explanation = cohort.explain(i, j);
                total += explanation.milliPoints();
                pairs.add(new MatchedPair(
                        mentee.requestId(),
                        cohort.mentors.get(j).offerId(),
                        mentee.personId(),
                        cohort.mentors.get(j).personId(),
                        explanation));
            } else {
                UnmatchedReason reason = check.feasibleOffers[i] == 0
                        ? UnmatchedReason.NO_FEASIBLE_MENTOR
                        : UnmatchedReason.CAPACITY_TAKEN;
                unmatched.add(new UnmatchedRequest(
                        mentee.requestId(), reason, check.feasibleOffers[i], check.excludedBy.get(i)));
            }
        }
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        for (int load : check.load) {
            histogram.merge(load, 1, Integer::sum);
        }
        return new MatchingResult(
                hash,
                policy.version(),
                policy.objective(),
                pairs,
                unmatched,
                total,
                check.blockingPairs,
                histogram,
                new Statistics(check.feasiblePairs, candidates.size(), rounds, edgesPerRequest));
    }

    /** Candidate edges by request (CSR): request i's are {@code start[i] .. start[i+1]-1}. */
    private record Candidates(int[] start, int[] offer, long[] score) {

        int size() {
            return offer.length;
        }

        /** These edges plus {@code added} ({request, offer, score}), each request's kept in offer order. */
        Candidates with(List<long[]> added) {
            int n = start.length - 1;
            List<List<long[]>> byRequest = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                List<long[]> edges = new ArrayList<>();
                for (int e = start[i]; e < start[i + 1]; e++) {
                    edges.add(new long[] {i, offer[e], score[e]});
                }
                byRequest.add(edges);
            }
            added.forEach(edge -> byRequest.get((int) edge[0]).add(edge));
            Builder builder = new Builder(n);
            for (List<long[]> edges : byRequest) {
                edges.sort((a, b) -> Long.compare(a[1], b[1]));
                edges.forEach(edge -> builder.add((int) edge[1], edge[2]));
                builder.endRequest();
            }
            return builder.build();
        }

        static final class Builder {
            private final int[] start;
            private int requests;
            private int[] offer = new int[1024];
            private long[] score = new long[1024];
            private int size;

            Builder(int n) {
                start = new int[n + 1];
            }

            void add(int j, long s) {
                if (size == offer.length) {
                    offer = Arrays.copyOf(offer, size * 2);
                    score = Arrays.copyOf(score, size * 2);
                }
                offer[size] = j;
                score[size++] = s;
            }

            void endRequest() {
                start[++requests] = size;
            }

            Candidates build() {
                return new Candidates(start, Arrays.copyOf(offer, size), Arrays.copyOf(score, size));
            }
        }
    }
}
