package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.BatchMatching;
import eu.loopmentoring.domain.matching.MatchingInput;
import eu.loopmentoring.domain.matching.MatchingProgress;
import eu.loopmentoring.domain.matching.MatchingResult;
import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.Proposing;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coordinators' batch runs over their coalition. Coordinators and administrators start runs and
 * read them with their pairs and unmatched requests; anyone else finds nothing. A worker does the
 * work in steps, each in its own unit of work: {@link #claim}, {@link #input}, {@link #compute}
 * (no storage), then {@link #finish} or {@link #fail}.
 */
public class CoalitionMatchingRuns {

    /** A RUNNING run whose worker has not reported for this long is taken again by another. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(5);

    /**
     * Candidate edges a run keeps per request before the optimality check, which keeps the result
     * exact: in a coalition where nearly everyone is feasible, keeping all makes the solver 16x
     * slower (bench/matching-api).
     */
    static final int EDGES_PER_REQUEST = 24;

    private final CoalitionPolicies policies;
    private final MatchingRuns runs;
    private final RunInputs inputs;
    private final Proposing proposing;
    private final Clock clock;

    public CoalitionMatchingRuns(
            CoalitionPolicies policies, MatchingRuns runs, RunInputs inputs, Proposing proposing, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.inputs = inputs;
        this.proposing = proposing;
        this.clock = clock;
    }

    /** A dry run over the coalition's members with the policy in force now; a worker takes it. */
    public MatchingRun start(Subject subject, UUID coalitionId) {
        PersonSubject person = policies.readable(subject, coalitionId);
        if (!policies.coordinates(person, coalitionId)) {
            throw new AccessDeniedException("Only the coalition's coordinators may run matching.");
        }
        MatchingRun run = MatchingRun.pending(
                coalitionId, person.id(), policies.inForce(coalitionId).version(), clock.instant());
        runs.add(run);
        return run;
    }

    public MatchingRun run(Subject subject, UUID id) {
        return coordinated(subject, id, runs::find);
    }

    /**
     * The runs the subject may read, newest first: those of the coalitions they coordinate (of
     * every coalition for administrators). {@code coalitionId} only narrows them, so a coalition
     * they do not coordinate, or that does not exist, gives an empty page.
     */
    public Page<MatchingRun> list(Subject subject, Optional<UUID> coalitionId, PageRequest page) {
        PersonSubject person = Access.person(subject);
        if (coalitionId.isPresent()) {
            UUID id = coalitionId.get();
            return runs.newestFirst(Optional.of(policies.coordinates(person, id) ? Set.of(id) : Set.of()), page);
        }
        return runs.newestFirst(
                person.isAdministrator() ? Optional.empty() : Optional.of(policies.coordinated(person)), page);
    }

    public Page<RunPair> pairs(Subject subject, UUID id, PageRequest page) {
        return runs.pairs(run(subject, id).id(), page);
    }

    public Page<RunUnmatched> unmatched(Subject subject, UUID id, PageRequest page) {
        return runs.unmatched(run(subject, id).id(), page);
    }

    /**
     * Publishes a DONE run, once: marks it PUBLISHING, and a worker then makes its pairs proposals
     * in batches ({@link #publishNext}). The run is locked meanwhile, so a second publish or a
     * discard waits and then finds it PUBLISHING (409).
     */
    public MatchingRun publish(Subject subject, UUID id) {
        MatchingRun run = coordinated(subject, id, runs::findLocked);
        MatchingRun publishing =
                run.publishing(run.summary().map(MatchingRun.Summary::matched).orElse(0));
        runs.save(publishing);
        return publishing;
    }

    /**
     * Publishes the next {@code batch} pairs (by request id) of a PUBLISHING run that no other
     * worker is publishing: each pair becomes a proposal both people are asked to accept, if it
     * still holds now (see {@link Proposing#proposeFromRun}); a pair that no longer holds is
     * skipped with the reason. Each outcome is stored in the caller's unit of work with its
     * proposal, so a batch that fails is done again whole. The run is PUBLISHED once every pair has
     * its outcome. False when no run was waiting.
     */
    public boolean publishNext(int batch) {
        Optional<MatchingRun> claimed = runs.claimPublishing();
        if (claimed.isEmpty()) {
            return false;
        }
        MatchingRun run = claimed.get();
        // proposals of this run count against the offer's places before anyone accepts them
        Map<UUID, Integer> proposedPerOffer = new HashMap<>(runs.proposedPerOffer(run.id()));
        List<RunPair> pairs = runs.unpublishedPairs(run.id(), batch);
        for (RunPair pair : pairs) {
            int already = proposedPerOffer.getOrDefault(pair.offerId(), 0);
            try {
                MentoringProposal proposal = proposing.proposeFromRun(pair.requestId(), pair.offerId(), already);
                proposedPerOffer.merge(pair.offerId(), 1, Integer::sum);
                runs.savePair(pair.proposed(proposal.id()));
            } catch (RuleViolationException e) {
                runs.savePair(pair.skipped(e.getMessage()));
            }
        }
        int proposed =
                proposedPerOffer.values().stream().mapToInt(Integer::intValue).sum();
        int skipped = runs.skippedPairs(run.id());
        runs.save(
                pairs.size() < batch
                        ? run.published(new MatchingRun.Publication(proposed, skipped), clock.instant())
                        : run.publishedSoFar((long) proposed + skipped));
        return true;
    }

    /** Discards a DONE run, once: nothing is proposed, and the run stays readable. */
    public MatchingRun discard(Subject subject, UUID id) {
        MatchingRun run = coordinated(subject, id, runs::findLocked);
        MatchingRun discarded = run.discarded(clock.instant());
        runs.save(discarded);
        return discarded;
    }

    /** The caller's own: every pair a run put them in, and their requests runs left unmatched. */
    public PersonalMatches mine(Subject subject) {
        UUID me = Access.person(subject).id();
        return new PersonalMatches(runs.pairsInvolving(me), runs.unmatchedOf(me));
    }

    /** What runs computed about one person. */
    public record PersonalMatches(List<RunPair> pairs, List<RunUnmatched> unmatched) {}

    /**
     * An automated match, by the pair's id or the id of the proposal made of it: for either person
     * in it and the coalition's coordinators; anyone else finds nothing.
     */
    public RunPair explanation(Subject subject, UUID id) {
        PersonSubject person = Access.person(subject);
        return runs.findPair(id)
                .or(() -> runs.pairOfProposal(id))
                .filter(pair -> pair.involves(person.id())
                        || runs.find(pair.runId())
                                .filter(r -> policies.coordinates(person, r.coalitionId()))
                                .isPresent())
                .orElseThrow(() -> new ObjectNotFoundException("match", id));
    }

    // The worker's steps

    /** Takes the next run waiting (or abandoned) and marks it RUNNING. */
    public Optional<MatchingRun> claim() {
        // the database keeps microseconds: the start time must read back equal to tell whose run it is
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return runs.claimNext(now.minus(STALE_AFTER)).map(run -> {
            MatchingRun started = run.started(now);
            runs.save(started);
            return started;
        });
    }

    public MatchingInput input(MatchingRun run) {
        return inputs.load(run.coalitionId(), run.week());
    }

    /** The optimal assignment under the run's policy version; pure computation, reporting progress. */
    public MatchingResult compute(MatchingRun run, MatchingInput input, MatchingProgress progress) {
        return new BatchMatching(policies.policy(run.coalitionId(), run.policyVersion()), EDGES_PER_REQUEST, progress)
                .run(input);
    }

    /** Stores a run's progress, which also tells that its worker is alive. */
    public void progress(MatchingRun run, MatchingRun.Progress progress) {
        runs.progress(run.id(), progress, clock.instant());
    }

    /**
     * Stores the result and marks the run DONE, unless another worker took it over meanwhile
     * (then this result is dropped: theirs is the same, the input and policy being the same).
     */
    public boolean finish(MatchingRun run, MatchingInput input, MatchingResult result) {
        Optional<MatchingRun> current = stillOurs(run);
        if (current.isEmpty()) {
            return false;
        }
        Map<UUID, UUID> menteeOf = input.mentees().stream()
                .collect(Collectors.toMap(MenteeCandidate::requestId, MenteeCandidate::personId));
        List<RunPair> pairs = result.pairs().stream()
                .map(p -> RunPair.of(run.id(), p.menteeId(), p.mentorId(), p.explanation()))
                .toList();
        List<RunUnmatched> unmatched = result.unmatched().stream()
                .map(u -> new RunUnmatched(
                        run.id(),
                        u.requestId(),
                        menteeOf.get(u.requestId()),
                        Optional.empty(),
                        u.reason(),
                        u.feasibleOffers(),
                        u.excludedBy()))
                .toList();
        runs.storeResult(run.id(), pairs, unmatched);
        runs.save(current.get()
                .done(
                        new MatchingRun.Summary(
                                result.inputHash(),
                                input.mentees().size(),
                                input.mentors().size(),
                                result.matched(),
                                result.totalMilliPoints(),
                                result.blockingPairs(),
                                result.loadHistogram()),
                        clock.instant()));
        return true;
    }

    /**
     * Gives back a run its worker will not finish (its instance is stopping), so that the next
     * worker takes it at once rather than after {@link #STALE_AFTER}; a run no longer ours is left.
     */
    public void release(MatchingRun run) {
        stillOurs(run).ifPresent(r -> runs.save(r.released()));
    }

    public void fail(MatchingRun run, String reason) {
        stillOurs(run).ifPresent(r -> runs.save(r.failed(reason, clock.instant())));
    }

    private Optional<MatchingRun> stillOurs(MatchingRun run) {
        return runs.findLocked(run.id())
                .filter(r -> r.status() == MatchingRun.Status.RUNNING)
                .filter(r -> r.startedAt().equals(run.startedAt()));
    }

    /** The run, if the subject coordinates its coalition; otherwise it does not exist for them. */
    MatchingRun coordinated(Subject subject, UUID id, Function<UUID, Optional<MatchingRun>> find) {
        PersonSubject person = Access.person(subject);
        return find.apply(id)
                .filter(r -> policies.coordinates(person, r.coalitionId()))
                .orElseThrow(() -> new ObjectNotFoundException("matching run", id));
    }
}
