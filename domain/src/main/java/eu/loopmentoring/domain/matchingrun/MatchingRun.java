package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.MatchingProgress;
import eu.loopmentoring.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A coordinator's batch run over a coalition: PENDING until a worker takes it, RUNNING while it
 * loads, scores, assigns and checks (with its progress), DONE with its result (or FAILED), then a
 * dry run until a coordinator DISCARDS it or PUBLISHES it, once: PUBLISHING while a worker makes
 * its pairs proposals in batches (its progress counting the pairs done), then PUBLISHED.
 *
 * @param policyVersion the version of the coalition's policy in force when the run was asked for
 * @param week the day whose week places everyone's weekly availability: the day the run was asked for
 */
public record MatchingRun(
        UUID id,
        UUID coalitionId,
        Optional<UUID> requestedBy,
        int policyVersion,
        Status status,
        Progress progress,
        Optional<Summary> summary,
        Optional<String> failure,
        Optional<Publication> publication,
        Instant createdAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        Optional<Instant> decidedAt,
        long version) {

    public enum Status {
        PENDING,
        RUNNING,
        DONE,
        FAILED,
        PUBLISHING,
        PUBLISHED,
        DISCARDED
    }

    public enum Phase {
        LOADING,
        SCORING,
        ASSIGNING,
        CHECKING,
        STORING;

        /** The run's phase while the matching itself is in {@code phase}. */
        public static Phase of(MatchingProgress.Phase phase) {
            return switch (phase) {
                case SCORING -> SCORING;
                case ASSIGNING -> ASSIGNING;
                case CHECKING -> CHECKING;
            };
        }
    }

    /** Where a running job is: {@code done} of {@code total} steps of {@code phase}. */
    public record Progress(Optional<Phase> phase, long done, long total) {
        public static final Progress NONE = new Progress(Optional.empty(), 0, 0);
    }

    /**
     * What the run found. {@code loadHistogram}: for each number of mentees assigned, how many offers
     * got that many.
     */
    public record Summary(
            String inputHash,
            int requests,
            int offers,
            int matched,
            long totalMilliPoints,
            long blockingPairs,
            SortedMap<Integer, Integer> loadHistogram) {
        public Summary {
            Objects.requireNonNull(inputHash, "inputHash");
            loadHistogram = Collections.unmodifiableSortedMap(new TreeMap<>(loadHistogram));
        }
    }

    /** What publishing made of the pairs: proposals, and pairs skipped because they no longer held. */
    public record Publication(int proposed, int skipped) {}

    public MatchingRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(coalitionId, "coalitionId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    public static MatchingRun pending(UUID coalitionId, UUID requestedBy, int policyVersion, Instant now) {
        return new MatchingRun(
                UUID.randomUUID(),
                coalitionId,
                Optional.of(requestedBy),
                policyVersion,
                Status.PENDING,
                Progress.NONE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    public java.time.LocalDate week() {
        return java.time.LocalDate.ofInstant(createdAt, java.time.ZoneOffset.UTC);
    }

    public MatchingRun started(Instant now) {
        return with(Status.RUNNING, new Progress(Optional.of(Phase.LOADING), 0, 0), summary, failure, publication)
                .at(Optional.of(now), finishedAt, decidedAt);
    }

    /**
     * Its worker stops before finishing (the instance shuts down): the run waits again, to be taken
     * at once by the next worker, and nothing of the abandoned attempt is kept.
     */
    public MatchingRun released() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("run " + id + " is " + status + ", not RUNNING");
        }
        return with(Status.PENDING, Progress.NONE, summary, failure, publication)
                .at(Optional.empty(), finishedAt, decidedAt);
    }

    public MatchingRun done(Summary result, Instant now) {
        return with(Status.DONE, Progress.NONE, Optional.of(result), Optional.empty(), publication)
                .at(startedAt, Optional.of(now), decidedAt);
    }

    public MatchingRun failed(String reason, Instant now) {
        return with(Status.FAILED, Progress.NONE, summary, Optional.of(reason), publication)
                .at(startedAt, Optional.of(now), decidedAt);
    }

    /** A coordinator publishes the run: a worker will propose its {@code pairs} pairs. */
    public MatchingRun publishing(long pairs) {
        requireDone("published");
        return with(Status.PUBLISHING, new Progress(Optional.empty(), 0, pairs), summary, failure, publication);
    }

    /** {@code done} of the pairs have their outcome. */
    public MatchingRun publishedSoFar(long done) {
        requirePublishing();
        return with(
                Status.PUBLISHING,
                new Progress(Optional.empty(), done, progress.total()),
                summary,
                failure,
                publication);
    }

    /** Every pair has its outcome. */
    public MatchingRun published(Publication outcome, Instant now) {
        requirePublishing();
        long pairs = (long) outcome.proposed() + outcome.skipped();
        return with(
                        Status.PUBLISHED,
                        new Progress(Optional.empty(), pairs, pairs),
                        summary,
                        failure,
                        Optional.of(outcome))
                .at(startedAt, finishedAt, Optional.of(now));
    }

    public MatchingRun discarded(Instant now) {
        requireDone("discarded");
        return with(Status.DISCARDED, progress, summary, failure, publication)
                .at(startedAt, finishedAt, Optional.of(now));
    }

    void requireDone(String what) {
        if (status != Status.DONE) {
            throw new ConflictException("Only a DONE run can be " + what + "; this one is " + status + ".");
        }
    }

    private void requirePublishing() {
        if (status != Status.PUBLISHING) {
            throw new IllegalStateException("run " + id + " is " + status + ", not PUBLISHING");
        }
    }

    private MatchingRun with(
            Status s, Progress p, Optional<Summary> sum, Optional<String> fail, Optional<Publication> pub) {
        return new MatchingRun(
                id,
                coalitionId,
                requestedBy,
                policyVersion,
                s,
                p,
                sum,
                fail,
                pub,
                createdAt,
                startedAt,
                finishedAt,
                decidedAt,
                version);
    }

    private MatchingRun at(Optional<Instant> started, Optional<Instant> finished, Optional<Instant> decided) {
        return new MatchingRun(
                id,
                coalitionId,
                requestedBy,
                policyVersion,
                status,
                progress,
                summary,
                failure,
                publication,
                createdAt,
                started,
                finished,
                decided,
                version);
    }
}
