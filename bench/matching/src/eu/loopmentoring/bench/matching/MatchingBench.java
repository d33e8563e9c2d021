package eu.loopmentoring.bench.matching;

import eu.loopmentoring.domain.matching.BatchMatching;
import eu.loopmentoring.domain.matching.MatchingInput;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matching.MatchingPolicy.Filters;
import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matching.MatchingProgress;
import eu.loopmentoring.domain.matching.MatchingProgress.Phase;
import eu.loopmentoring.domain.matching.MatchingResult;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the batch matching algorithm in memory on generated cohorts and prints, per run: generation
 * time, time per phase (scoring and candidate edges, assignment, optimality check and counts,
 * explanations), total score, matched count, the comparison with the exact optimum on the full
 * graph (no pruning), and the peak heap in use sampled every 5 ms.
 *
 * <p>Arguments: {@code [requests offers capacity]...}; without any, 1000 200 5 and 10000 2000 5.
 */
public final class MatchingBench {

    /** Candidate edges kept per request in the pruned runs: {@code -Dbench.edges=24,64}, default 24. */
    private static final int[] EDGES = java.util.Arrays.stream(System.getProperty(
                    "bench.edges", "24")
                    .split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    public static void main(String[] args) throws Exception {
        List<int[]> sizes = new ArrayList<>();
        if (args.length == 0) {
            sizes.add(new int[] {1_000, 200, 5});
            sizes.add(new int[] {10_000, 2_000, 5});
        } else {
            for (int k = 0; k + 2 < args.length; k += 3) {
                sizes.add(new int[] {Integer.parseInt(args[k]), Integer.parseInt(args[k + 1]), Integer.parseInt(args[k + 2])});
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        MatchingPolicy programme = MatchingPolicy.DEFAULT.withFilters(new Filters(true, true, true, true, true, true));
        for (int[] size : sizes) {
            int requests = size[0];
            int offers = size[1];
            int capacity = size[2];
            System.out.printf(Locale.ROOT, "%n== %,d requests x %,d offers (capacity %d)%n", requests, offers, capacity);
            long t0 = System.nanoTime();
            MatchingInput input = new CohortGenerator(20250601L, Math.max(10, (requests + offers) / 8))
                    .generate(requests, offers, capacity, requests / 50, LocalDate.of(2025, 3, 10));
            System.out.printf(Locale.ROOT, "generation: %.0f ms%n", ms(System.nanoTime() - t0));
            for (Objective objective : Objective.values()) {
                MatchingPolicy policy = programme.withObjective(objective);
                Run exact = run(policy, input, 0);
                Run pruned = null;
                for (int edges : EDGES) {
                    pruned = run(policy, input, edges);
                    pruned.print(objective + ", best " + edges + " edges per request + optimality check");
                }
                exact.print(objective + ", every feasible edge (the exact optimum on the full graph)");
                System.out.printf(Locale.ROOT,
                        "  gap to the full-graph optimum: %d milli-points (%.4f%%), matched %+d; same pairs: %s%n",
                        exact.result.totalMilliPoints() - pruned.result.totalMilliPoints(),
                        100.0 * (exact.result.totalMilliPoints() - pruned.result.totalMilliPoints())
                                / Math.max(1, exact.result.totalMilliPoints()),
                        pruned.result.matched() - exact.result.matched(),
                        pruned.result.pairs().equals(exact.result.pairs()));
            }
        }
    }

    private record Run(MatchingResult result, Map<Phase, Long> nanos, long totalNanos, long peakBytes, long baseBytes) {
        void print(String title) {
            MatchingResult r = result;
            long phases = nanos.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "-- %s%n", title);
            System.out.printf(Locale.ROOT,
                    "  time: total %.0f ms = scoring and candidate edges %.0f + assignment %.0f + check (optimality, blocking pairs, reasons) %.0f + explanations and result %.0f%n",
                    ms(totalNanos), ms(nanos.get(Phase.SCORING)), ms(nanos.get(Phase.ASSIGNING)),
                    ms(nanos.get(Phase.CHECKING)), ms(totalNanos - phases));
            System.out.printf(Locale.ROOT,
                    "  feasible pairs %,d; candidate edges %,d; rounds %d%n",
                    r.statistics().feasiblePairs(), r.statistics().candidateEdges(), r.statistics().rounds());
            Map<UnmatchedReason, Long> reasons = r.unmatched().stream()
                    .collect(Collectors.groupingBy(u -> u.reason(), () -> new EnumMap<>(UnmatchedReason.class), Collectors.counting()));
            System.out.printf(Locale.ROOT,
                    "  matched %,d, unmatched %s; total score %s (mean %.2f); blocking pairs %,d; loads %s%n",
                    r.matched(), reasons, r.totalScore(), r.matched() == 0 ? 0.0 : r.totalMilliPoints() / 1000.0 / r.matched(),
                    r.blockingPairs(), r.loadHistogram());
            System.out.printf(Locale.ROOT,
                    "  peak heap in use %,d MB (%,d MB above the input's %,d MB); input hash %s%n",
                    peakBytes >> 20, (peakBytes - baseBytes) >> 20, baseBytes >> 20, r.inputHash().substring(0, 16));
        }
    }

    private static Run run(MatchingPolicy policy, MatchingInput input, int edgesPerRequest) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(100);
        long base = memory.getHeapMemoryUsage().getUsed();
        Sampler sampler = new Sampler(memory);
        Thread thread = new Thread(sampler, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) nanos.put(phase, 0L);
        long[] phaseStart = {System.nanoTime()};
        MatchingProgress progress = (phase, done, total) -> {
            long now = System.nanoTime();
            if (phase == Phase.ASSIGNING && done == 0) {
                phaseStart[0] = now; // the assignment starts
            } else if (done == total) {
                nanos.merge(phase, now - phaseStart[0], Long::sum);
                phaseStart[0] = now;
            }
        };
        long start = System.nanoTime();
        MatchingResult result = new BatchMatching(policy, edgesPerRequest, progress).run(input);
        long total = System.nanoTime() - start;
        sampler.stop = true;
        thread.join();
        return new Run(result, nanos, total, Math.max(sampler.peak, base), base);
    }

    private static final class Sampler implements Runnable {
        private final MemoryMXBean memory;
        volatile boolean stop;
        volatile long peak;

        Sampler(MemoryMXBean memory) {
            this.memory = memory;
        }

        @Override
        public void run() {
            while (!stop) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
