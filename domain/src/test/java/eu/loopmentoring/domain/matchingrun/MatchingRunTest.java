package eu.loopmentoring.domain.matchingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Publication;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Status;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Summary;
import eu.loopmentoring.domain.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchingRunTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    static MatchingRun done() {
        return MatchingRun.pending(UUID.randomUUID(), UUID.randomUUID(), 1, NOW)
                .started(NOW)
                .done(new Summary("0".repeat(64), 2, 1, 1, 5000, 0, new TreeMap<>(Map.of(1, 1))), NOW);
    }

    @Test
    void a_run_goes_from_pending_through_running_to_done_and_places_availability_in_the_week_it_was_asked_for() {
        MatchingRun pending = MatchingRun.pending(UUID.randomUUID(), UUID.randomUUID(), 3, NOW);
        assertThat(pending.status()).isEqualTo(Status.PENDING);
        assertThat(pending.week()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(pending.started(NOW).status()).isEqualTo(Status.RUNNING);
        assertThat(done().status()).isEqualTo(Status.DONE);
        assertThat(done().summary()).isPresent();
    }

    @Test
    void only_a_done_run_is_published_or_discarded_and_only_once() {
        MatchingRun published = done().published(new Publication(1, 0), NOW);
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.decidedAt()).contains(NOW);
        assertThatThrownBy(() -> published.published(new Publication(1, 0), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> published.discarded(NOW)).isInstanceOf(ConflictException.class);
        MatchingRun discarded = done().discarded(NOW);
        assertThatThrownBy(() -> discarded.published(new Publication(0, 0), NOW))
                .isInstanceOf(ConflictException.class);
        MatchingRun running = MatchingRun.pending(UUID.randomUUID(), UUID.randomUUID(), 1, NOW)
                .started(NOW);
        assertThatThrownBy(() -> running.discarded(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> running.failed("boom", NOW).published(new Publication(0, 0), NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_stored_pair_keeps_contributions_that_add_up_to_its_score() {
        PairExplanation.Shared shared = new PairExplanation.Shared(List.of("pt"), Set.of(), Set.of(), Optional.empty());
        UUID run = UUID.randomUUID();
        assertThatThrownBy(() -> new RunPair(
                        UUID.randomUUID(),
                        run,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        5000,
                        Map.of(Criterion.SUBJECTS, 4000L),
                        Set.of(),
                        shared,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        RunPair pair = new RunPair(
                UUID.randomUUID(),
                run,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                5000,
                Map.of(Criterion.SUBJECTS, 4000L, Criterion.RESPONSIVENESS, 1000L),
                Set.of(),
                shared,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        assertThat(pair.skipped("x".repeat(600)).skipReason().orElseThrow()).hasSize(500);
        UUID proposal = UUID.randomUUID();
        assertThat(pair.proposed(proposal).proposalId()).contains(proposal);
        assertThat(pair.involves(pair.menteeId())).isTrue();
        assertThat(pair.involves(UUID.randomUUID())).isFalse();
    }
}
