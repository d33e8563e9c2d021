package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.MatchingResult.UnmatchedReason;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.MatchingRuns;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What any {@link MatchingRuns} must do: each save of a run moves its version; workers claim the
 * oldest waiting run; runs are listed newest first; pairs and unmatched requests are read by
 * request id, with the names of their people. The runs waiting are
 * everyone's, so the claiming tests first finish whatever others left waiting.
 */
public abstract class MatchingRunsContract extends PortContract {

    protected abstract MatchingRuns runs();

    protected abstract Coalitions coalitions();

    private UUID aCoalition() {
        Coalition coalition = aProgramme();
        assertThat(coalitions().add(coalition)).isTrue();
        return coalition.id();
    }

    private static final MatchingRun.Summary SUMMARY =
            new MatchingRun.Summary("a".repeat(64), 3, 2, 2, 1500, 0, new TreeMap<>(Map.of(1, 2)));

    private MatchingRun aRun(Instant createdAt) {
        return aRun(aCoalition(), createdAt);
    }

    private MatchingRun aRun(UUID coalition, Instant createdAt) {
        MatchingRun run = MatchingRun.pending(coalition, aPerson("Coordinator").id(), 2, createdAt);
        runs().add(run);
        return runs().find(run.id()).orElseThrow();
    }

    /** A person's name as the store has it: pairs and unmatched requests are read with it. */
    private Optional<String> nameOf(UUID person) {
        return people().find(person).map(Person::displayName);
    }

    private MatchingRun saved(MatchingRun run) {
        runs().save(run);
        return runs().find(run.id()).orElseThrow();
    }

    private RunPair aPair(UUID runId, UUID requestId, UUID mentee, UUID mentor, UUID offerId) {
        return new RunPair(
                UUID.randomUUID(),
                runId,
                requestId,
                offerId,
                mentee,
                mentor,
                nameOf(mentee),
                nameOf(mentor),
                700,
                Map.of(Criterion.COMPLEMENTARITY, 500L, Criterion.SUBJECTS, 200L),
                Set.of(Filter.NOT_SELF, Filter.SHARED_LANGUAGE),
                new PairExplanation.Shared(
                        List.of("pt", "en"),
                        Set.of(MeetingFormat.ONE_TO_ONE),
                        Set.of(MeetingMode.ONLINE),
                        Optional.of("Lisboa")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private RunUnmatched anUnmatched(UUID runId, UUID requestId, UUID mentee) {
        return new RunUnmatched(
                runId,
                requestId,
                mentee,
                nameOf(mentee),
                UnmatchedReason.NO_FEASIBLE_MENTOR,
                0,
                Map.of(Filter.SHARED_LANGUAGE, 3));
    }

    /** Finishes the runs that other tests left for a worker, so that only this test's are claimed. */
    private void finishWaiting(Supplier<Optional<MatchingRun>> claim) {
        for (int i = 0; i < 1000; i++) {
            Optional<MatchingRun> left = claim.get();
            if (left.isEmpty()) {
                return;
            }
            MatchingRun run = left.get();
            runs().save(
                            run.status() == MatchingRun.Status.PUBLISHING
                                    ? run.published(new MatchingRun.Publication(0, 0), T0)
                                    : run.failed("left by another test", T0));
        }
        throw new AssertionError("runs keep coming");
    }

    @Test
    void aRunIsReadBackAndEachSaveMovesItsVersion() {
        MatchingRun added = aRun(T0);

        assertThat(added.status()).isEqualTo(MatchingRun.Status.PENDING);
        assertThat(added.version()).isZero();
        assertThat(runs().findLocked(added.id())).contains(added);
        assertThat(runs().find(UUID.randomUUID())).isEmpty();

        MatchingRun started = saved(added.started(T0.plusSeconds(1)));
        MatchingRun done = saved(started.done(SUMMARY, T0.plusSeconds(2)));

        assertThat(started.version()).isEqualTo(1);
        assertThat(started.status()).isEqualTo(MatchingRun.Status.RUNNING);
        assertThat(done.version()).isEqualTo(2);
        assertThat(done.status()).isEqualTo(MatchingRun.Status.DONE);
        assertThat(done.summary()).contains(SUMMARY);
        assertThat(done.startedAt()).contains(T0.plusSeconds(1));
        assertThat(done.finishedAt()).contains(T0.plusSeconds(2));
        assertThat(done.requestedBy()).isEqualTo(added.requestedBy());
    }

    @Test
    void runsAreListedNewestFirstInKeysetPagesOfTheCoalitionsAsked() {
        UUID coalition = aCoalition();
        UUID other = aCoalition();
        MatchingRun oldest = aRun(coalition, T0.plusSeconds(1));
        MatchingRun twin = aRun(coalition, T0.plusSeconds(3));
        MatchingRun twinsTwin = aRun(coalition, T0.plusSeconds(3));
        MatchingRun middle = aRun(coalition, T0.plusSeconds(2));
        MatchingRun others = aRun(other, T0.plusSeconds(5));
        Comparator<MatchingRun> newestFirst =
                Comparator.comparing(MatchingRun::createdAt).reversed().thenComparing(r -> r.id().toString());
        List<MatchingRun> ours =
                Stream.of(oldest, twin, twinsTwin, middle).sorted(newestFirst).toList();

        assertThat(allPages(2, page -> runs().newestFirst(Optional.of(Set.of(coalition)), page)))
                .containsExactlyElementsOf(ours);
        assertThat(allPages(3, page -> runs().newestFirst(Optional.of(Set.of(coalition, other)), page)))
                .containsExactlyElementsOf(
                        Stream.concat(Stream.of(others), ours.stream()).toList());
        assertThat(runs().newestFirst(Optional.of(Set.of()), PageRequest.first(10))
                        .items())
                .isEmpty();
        assertThat(runs().newestFirst(Optional.of(Set.of(UUID.randomUUID())), PageRequest.first(10))
                        .items())
                .isEmpty();
        List<UUID> mine = Stream.of(others, oldest, twin, twinsTwin, middle)
                .map(MatchingRun::id)
                .toList();
        assertThat(allPages(50, page -> runs().newestFirst(Optional.empty(), page)).stream()
                        .filter(r -> mine.contains(r.id())))
                .containsExactlyElementsOf(
                        Stream.concat(Stream.of(others), ours.stream()).toList());
    }

    @Test
    void progressIsStoredOnlyWhileTheRunRuns() {
        MatchingRun pending = aRun(T0);
        MatchingRun.Progress scoring = new MatchingRun.Progress(Optional.of(MatchingRun.Phase.SCORING), 4, 10);

        runs().progress(pending.id(), scoring, T0.plusSeconds(5));

        assertThat(runs().find(pending.id())).contains(pending);

        MatchingRun running = saved(pending.started(T0.plusSeconds(1)));
        runs().progress(running.id(), scoring, T0.plusSeconds(5));

        assertThat(runs().find(running.id()).orElseThrow().progress()).isEqualTo(scoring);
        assertThat(runs().find(running.id()).orElseThrow().version()).isEqualTo(running.version());
    }

    @Test
    void aWorkerClaimsTheOldestPendingRunOrARunningOneWhoseWorkerWentSilent() {
        Instant stale = T0.minusSeconds(1_000_000);
        finishWaiting(() -> runs().claimNext(stale));
        Instant base = stale.minusSeconds(10_000);
        MatchingRun abandoned = saved(aRun(base.minusSeconds(300)).started(base.minusSeconds(250)));
        MatchingRun pending = aRun(base.minusSeconds(200));
        MatchingRun later = aRun(base.minusSeconds(100));
        MatchingRun alive = saved(aRun(base.minusSeconds(400)).started(base.minusSeconds(390)));
        runs().progress(alive.id(), new MatchingRun.Progress(Optional.of(MatchingRun.Phase.SCORING), 1, 2), stale);

        List<UUID> claimed = Stream.iterate(runs().claimNext(stale), Optional::isPresent, previous -> {
                    runs().save(previous.get().failed("claimed", T0));
                    return runs().claimNext(stale);
                })
                .map(run -> run.get().id())
                .limit(10)
                .toList();

        assertThat(claimed).containsExactly(abandoned.id(), pending.id(), later.id());
        runs().save(runs().find(alive.id()).orElseThrow().failed("done with", T0));
    }

    @Test
    void thePublishingRunsAreClaimedOldestFirst() {
        finishWaiting(() -> runs().claimPublishing());
        MatchingRun second = saved(saved(saved(aRun(T0.plusSeconds(20)).started(T0.plusSeconds(21)))
                        .done(SUMMARY, T0.plusSeconds(22)))
                .publishing(2));
        MatchingRun first = saved(saved(saved(aRun(T0.plusSeconds(10)).started(T0.plusSeconds(11)))
                        .done(SUMMARY, T0.plusSeconds(12)))
                .publishing(2));

        assertThat(runs().claimPublishing()).contains(first);
        runs().save(first.published(new MatchingRun.Publication(1, 1), T0.plusSeconds(30)));
        assertThat(runs().claimPublishing()).contains(second);
        runs().save(second.published(new MatchingRun.Publication(2, 0), T0.plusSeconds(30)));
        assertThat(runs().claimPublishing()).isEmpty();
        assertThat(runs().find(first.id()).orElseThrow().publication()).contains(new MatchingRun.Publication(1, 1));
    }

    @Test
    void aRunsPairsAndUnmatchedRequestsComeByRequestIdInKeysetPagesAndAStoredResultReplacesTheLast() {
        MatchingRun run = aRun(T0);
        UUID mentee = aPerson("Mentee").id();
        UUID mentor = aPerson("Mentor").id();
        UUID offer = UUID.randomUUID();
        List<RunPair> pairs = Stream.generate(() -> aPair(run.id(), UUID.randomUUID(), mentee, mentor, offer))
                .limit(5)
                .toList();
        List<RunUnmatched> unmatched = Stream.generate(() -> anUnmatched(run.id(), UUID.randomUUID(), mentee))
                .limit(3)
                .toList();
        runs().storeResult(run.id(), List.of(aPair(run.id(), UUID.randomUUID(), mentee, mentor, offer)), List.of());

        runs().storeResult(run.id(), pairs, unmatched);

        assertThat(allPages(2, page -> runs().pairs(run.id(), page)))
                .containsExactlyElementsOf(pairs.stream()
                        .sorted(Comparator.comparing(p -> p.requestId().toString()))
                        .toList());
        assertThat(allPages(2, page -> runs().unmatched(run.id(), page)))
                .containsExactlyElementsOf(unmatched.stream()
                        .sorted(Comparator.comparing(u -> u.requestId().toString()))
                        .toList());
        assertThat(runs().findPair(pairs.get(0).id())).contains(pairs.get(0));
        assertThat(runs().findPair(UUID.randomUUID())).isEmpty();
    }

    @Test
    void publishedPairsKeepTheirOutcomeAndAreCounted() {
        MatchingRun run = aRun(T0);
        UUID mentee = aPerson("Mentee").id();
        UUID mentor = aPerson("Mentor").id();
        UUID offer = UUID.randomUUID();
        UUID otherOffer = UUID.randomUUID();
        List<RunPair> pairs = Stream.of(offer, offer, otherOffer, offer)
                .map(o -> aPair(run.id(), UUID.randomUUID(), mentee, mentor, o))
                .sorted(Comparator.comparing(p -> p.requestId().toString()))
                .toList();
        runs().storeResult(run.id(), pairs, List.of());
        UUID proposal = UUID.randomUUID();

        runs().savePair(pairs.get(0).proposed(proposal));
        runs().savePair(pairs.get(1).skipped("x".repeat(600)));
        runs().savePair(pairs.get(2).proposed(UUID.randomUUID()));

        assertThat(runs().pairOfProposal(proposal)).contains(pairs.get(0).proposed(proposal));
        assertThat(runs().pairOfProposal(UUID.randomUUID())).isEmpty();
        assertThat(runs().findPair(pairs.get(1).id()).orElseThrow().skipReason())
                .contains("x".repeat(500));
        assertThat(runs().proposedPerOffer(run.id()))
                .isEqualTo(Stream.of(pairs.get(0), pairs.get(2))
                        .collect(Collectors.groupingBy(RunPair::offerId, Collectors.summingInt(p -> 1))));
        assertThat(runs().skippedPairs(run.id())).isEqualTo(1);
        assertThat(runs().unpublishedPairs(run.id(), 10)).containsExactly(pairs.get(3));
        assertThat(runs().unpublishedPairs(run.id(), 0)).isEmpty();
    }

    @Test
    void aPersonsPairsAndUnmatchedRequestsAreFoundAcrossRuns() {
        UUID person = aPerson("Both sides").id();
        UUID other = aPerson("Other").id();
        MatchingRun one = aRun(T0);
        MatchingRun two = aRun(T0.plusSeconds(1));
        RunPair asMentee = aPair(one.id(), UUID.randomUUID(), person, other, UUID.randomUUID());
        RunPair asMentor = aPair(two.id(), UUID.randomUUID(), other, person, UUID.randomUUID());
        RunPair notTheirs = aPair(two.id(), UUID.randomUUID(), other, other, UUID.randomUUID());
        RunUnmatched theirs = anUnmatched(two.id(), UUID.randomUUID(), person);
        runs().storeResult(one.id(), List.of(asMentee), List.of());
        runs().storeResult(
                        two.id(),
                        List.of(asMentor, notTheirs),
                        List.of(theirs, anUnmatched(two.id(), UUID.randomUUID(), other)));

        assertThat(runs().pairsInvolving(person))
                .containsExactlyElementsOf(Stream.of(asMentee, asMentor)
                        .sorted(Comparator.comparing(p -> p.runId().toString()))
                        .toList());
        assertThat(runs().unmatchedOf(person)).containsExactly(theirs);
    }
}
