package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRuns;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Matching runs as the adapter keeps them: each save moves the version, a worker's heartbeat is
 * its last progress (or its start), and pairs and unmatched requests come by request id.
 */
public final class InMemoryMatchingRuns implements MatchingRuns {

    private static final Comparator<MatchingRun> OLDEST_FIRST =
            Comparator.comparing(MatchingRun::createdAt).thenComparing(r -> r.id().toString());

    public final Map<UUID, MatchingRun> runs = new LinkedHashMap<>();
    public final List<RunPair> pairs = new ArrayList<>();
    public final List<RunUnmatched> unmatched = new ArrayList<>();
    private final Map<UUID, Instant> heartbeats = new HashMap<>();

    @Override
    public void add(MatchingRun run) {
        runs.put(run.id(), run);
        run.startedAt().ifPresent(at -> heartbeats.put(run.id(), at));
    }

    @Override
    public Optional<MatchingRun> find(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public Optional<MatchingRun> findLocked(UUID id) {
        return find(id);
    }

    @Override
    public Optional<MatchingRun> claimNext(Instant staleBefore) {
        return oldest(r -> r.status() == MatchingRun.Status.PENDING
                || (r.status() == MatchingRun.Status.RUNNING
                        && heartbeats.containsKey(r.id())
                        && heartbeats.get(r.id()).isBefore(staleBefore)));
    }

    @Override
    public Optional<MatchingRun> claimPublishing() {
        return oldest(r -> r.status() == MatchingRun.Status.PUBLISHING);
    }

    private Optional<MatchingRun> oldest(Predicate<MatchingRun> which) {
        return runs.values().stream().filter(which).min(OLDEST_FIRST);
    }

    @Override
    public Page<MatchingRun> newestFirst(Optional<Set<UUID>> coalitions, PageRequest page) {
        return FakePages.byKey(
                runs.values().stream()
                        .filter(r ->
                                coalitions.map(c -> c.contains(r.coalitionId())).orElse(true)),
                page,
                r -> List.of(FakePages.latestFirst(r.createdAt()), r.id().toString()));
    }

    @Override
    public void save(MatchingRun run) {
        MatchingRun stored = runs.get(run.id());
        if (stored == null) {
            return;
        }
        runs.put(
                run.id(),
                new MatchingRun(
                        stored.id(),
                        stored.coalitionId(),
                        stored.requestedBy(),
                        stored.policyVersion(),
                        run.status(),
                        run.progress(),
                        run.summary(),
                        run.failure(),
                        run.publication(),
                        stored.createdAt(),
                        run.startedAt(),
                        run.finishedAt(),
                        run.decidedAt(),
                        stored.version() + 1));
        heartbeats.remove(run.id());
        run.startedAt().ifPresent(at -> heartbeats.put(run.id(), at));
    }

    @Override
    public void progress(UUID id, MatchingRun.Progress progress, Instant now) {
        MatchingRun r = runs.get(id);
        if (r == null || r.status() != MatchingRun.Status.RUNNING) {
            return;
        }
        runs.put(
                id,
                new MatchingRun(
                        r.id(),
                        r.coalitionId(),
                        r.requestedBy(),
                        r.policyVersion(),
                        r.status(),
                        progress,
                        r.summary(),
                        r.failure(),
                        r.publication(),
                        r.createdAt(),
                        r.startedAt(),
                        r.finishedAt(),
                        r.decidedAt(),
                        r.version()));
        heartbeats.put(id, now);
    }

    @Override
    public void storeResult(UUID runId, List<RunPair> runPairs, List<RunUnmatched> runUnmatched) {
        pairs.removeIf(p -> p.runId().equals(runId));
        unmatched.removeIf(u -> u.runId().equals(runId));
        pairs.addAll(runPairs);
        unmatched.addAll(runUnmatched);
    }

    @Override
    public Page<RunPair> pairs(UUID runId, PageRequest page) {
        return FakePages.byKey(
                pairs.stream().filter(p -> p.runId().equals(runId)),
                page,
                p -> List.of(p.requestId().toString()));
    }

    @Override
    public List<RunPair> unpublishedPairs(UUID runId, int limit) {
        return pairs.stream()
                .filter(p -> p.runId().equals(runId) && p.outcome().isEmpty())
                .sorted(Comparator.comparing(p -> p.requestId().toString()))
                .limit(limit)
                .toList();
    }

    @Override
    public Map<UUID, Integer> proposedPerOffer(UUID runId) {
        return pairs.stream()
                .filter(p -> p.runId().equals(runId) && p.outcome().equals(Optional.of(RunPair.Outcome.PROPOSED)))
                .collect(Collectors.groupingBy(RunPair::offerId, Collectors.summingInt(p -> 1)));
    }

    @Override
    public int skippedPairs(UUID runId) {
        return (int) pairs.stream()
                .filter(p -> p.runId().equals(runId) && p.outcome().equals(Optional.of(RunPair.Outcome.SKIPPED)))
                .count();
    }

    @Override
    public Page<RunUnmatched> unmatched(UUID runId, PageRequest page) {
        return FakePages.byKey(
                unmatched.stream().filter(u -> u.runId().equals(runId)),
                page,
                u -> List.of(u.requestId().toString()));
    }

    @Override
    public Optional<RunPair> findPair(UUID pairId) {
        return pairs.stream().filter(p -> p.id().equals(pairId)).findFirst();
    }

    @Override
    public Optional<RunPair> pairOfProposal(UUID proposalId) {
        return pairs.stream()
                .filter(p -> p.proposalId().filter(proposalId::equals).isPresent())
                .findFirst();
    }

    @Override
    public List<RunPair> pairsInvolving(UUID person) {
        return pairs.stream()
                .filter(p -> p.involves(person))
                .sorted(Comparator.comparing((RunPair p) -> p.runId().toString())
                        .thenComparing(p -> p.requestId().toString()))
                .toList();
    }

    @Override
    public List<RunUnmatched> unmatchedOf(UUID person) {
        return unmatched.stream()
                .filter(u -> u.menteeId().equals(person))
                .sorted(Comparator.comparing((RunUnmatched u) -> u.runId().toString())
                        .thenComparing(u -> u.requestId().toString()))
                .toList();
    }

    @Override
    public void savePair(RunPair pair) {
        pairs.replaceAll(p -> p.id().equals(pair.id())
                ? new RunPair(
                        p.id(),
                        p.runId(),
                        p.requestId(),
                        p.offerId(),
                        p.menteeId(),
                        p.mentorId(),
                        p.menteeName(),
                        p.mentorName(),
                        p.milliPoints(),
                        p.contributions(),
                        p.filtersApplied(),
                        p.shared(),
                        pair.outcome(),
                        pair.skipReason(),
                        pair.proposalId())
                : p);
    }
}
