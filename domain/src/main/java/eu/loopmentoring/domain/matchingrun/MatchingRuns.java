package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Batch runs with their pairs and unmatched requests; workers take runs one at a time across the cluster. */
public interface MatchingRuns {

    void add(MatchingRun run);

    Optional<MatchingRun> find(UUID id);

    /** The run, locked until the caller's unit of work ends (publish and discard happen once). */
    Optional<MatchingRun> findLocked(UUID id);

    /**
     * The oldest PENDING run, or RUNNING one whose worker has not reported since {@code staleBefore}
     * (its node died), locked by the caller's unit of work so that no other worker takes it; empty
     * when none is free.
     */
    Optional<MatchingRun> claimNext(Instant staleBefore);

    /**
     * The oldest PUBLISHING run, locked by the caller's unit of work so that no other worker
     * publishes it meanwhile; empty when none is free.
     */
    Optional<MatchingRun> claimPublishing();

    /**
     * Newest {@code createdAt} first (equal times by id): the runs of {@code coalitions} when present (none when it is
     * empty), of every coalition otherwise.
     */
    Page<MatchingRun> newestFirst(Optional<Set<UUID>> coalitions, PageRequest page);

    /** Stores the run's status, figures and times. */
    void save(MatchingRun run);

    /** Stores a running run's progress and that its worker is alive. */
    void progress(UUID id, MatchingRun.Progress progress, Instant now);

    /** Stores a run's pairs and unmatched requests, replacing any an earlier attempt left. */
    void storeResult(UUID runId, List<RunPair> pairs, List<RunUnmatched> unmatched);

    /** By request id. */
    Page<RunPair> pairs(UUID runId, PageRequest page);

    /** The first {@code limit} pairs of the run without an outcome yet, by request id (for publishing). */
    List<RunPair> unpublishedPairs(UUID runId, int limit);

    /** How many of the run's pairs became proposals, per offer. */
    Map<UUID, Integer> proposedPerOffer(UUID runId);

    /** How many of the run's pairs were skipped. */
    int skippedPairs(UUID runId);

    /** By request id. */
    Page<RunUnmatched> unmatched(UUID runId, PageRequest page);

    Optional<RunPair> findPair(UUID pairId);

    /** The pair a published run made this proposal from. */
    Optional<RunPair> pairOfProposal(UUID proposalId);

    /** Every pair of every run the person is in, as mentee or mentor: for their export. */
    List<RunPair> pairsInvolving(UUID person);

    /** Every request of the person's that a run left unmatched: for their export. */
    List<RunUnmatched> unmatchedOf(UUID person);

    /** Stores a published pair's outcome. */
    void savePair(RunPair pair);
}
