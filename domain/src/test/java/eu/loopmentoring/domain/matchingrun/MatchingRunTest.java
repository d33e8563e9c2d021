package eu.loopmentoring.domain.matchingrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.MatchingProgress;
import eu.loopmentoring.domain.matching.PairExplanation;
import eu.loopmentoring.domain.matchingrun.MatchingRun.Progress;
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
    void a_running_run_its_worker_gives_back_waits_again_as_if_never_started_and_only_a_running_one_is_given_back() {
        MatchingRun pending = MatchingRun.pending(UUID.randomUUID(), UUID.randomUUID(), 3, NOW);
        MatchingRun running = pending.started(NOW.plusSeconds(1));

        MatchingRun released = running.released();

        assertThat(released.status()).isEqualTo(Status.PENDING);
        assertThat(released.startedAt()).isEmpty();
        assertThat(released.progress()).isEqualTo(Progress.NONE);
        assertThat(released.started(NOW.plusSeconds(2)).status()).isEqualTo(Status.RUNNING);
        assertThatThrownBy(pending::released).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done().released()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publishing_a_done_run_makes_it_publishing_with_its_pairs_to_do_then_published_with_its_outcome() {
        MatchingRun publishing = done().publishing(3);
        assertThat(publishing.status()).isEqualTo(Status.PUBLISHING);
        assertThat(publishing.progress()).isEqualTo(new Progress(Optional.empty(), 0, 3));
        assertThat(publishing.decidedAt()).isEmpty();

        MatchingRun halfway = publishing.publishedSoFar(2);
        assertThat(halfway.status()).isEqualTo(Status.PUBLISHING);
        assertThat(halfway.progress()).isEqualTo(new Progress(Optional.empty(), 2, 3));

        MatchingRun published = halfway.published(new Publication(2, 1), NOW);
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.publication()).contains(new Publication(2, 1));
        assertThat(published.progress()).isEqualTo(new Progress(Optional.empty(), 3, 3));
        assertThat(published.decidedAt()).contains(NOW);
    }

    @Test
    void only_a_done_run_is_published_or_discarded_and_only_once() {
        MatchingRun publishing = done().publishing(1);
        assertThatThrownBy(() -> publishing.publishing(1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> publishing.discarded(NOW)).isInstanceOf(ConflictException.class);
        MatchingRun published = publishing.published(new Publication(1, 0), NOW);
        assertThatThrownBy(() -> published.publishing(1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> published.discarded(NOW)).isInstanceOf(ConflictException.class);
        MatchingRun discarded = done().discarded(NOW);
        assertThat(discarded.status()).isEqualTo(Status.DISCARDED);
        assertThatThrownBy(() -> discarded.publishing(1)).isInstanceOf(ConflictException.class);
        MatchingRun running = MatchingRun.pending(UUID.randomUUID(), UUID.randomUUID(), 1, NOW)
                .started(NOW);
        assertThatThrownBy(() -> running.discarded(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> running.publishing(0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> running.failed("boom", NOW).publishing(0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void only_a_publishing_run_reports_publication_progress_or_becomes_published() {
        assertThatThrownBy(() -> done().published(new Publication(1, 0), NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done().publishedSoFar(1)).isInstanceOf(IllegalStateException.class);
        MatchingRun published = done().publishing(1).published(new Publication(1, 0), NOW);
        assertThatThrownBy(() -> published.published(new Publication(1, 0), NOW))
                .isInstanceOf(IllegalStateException.class);
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
                        Optional.empty(),
                        Optional.empty(),
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
                Optional.of("Mentee"),
                Optional.of("Mentor"),
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
        assertThat(pair.skipped("gone").mentorName()).contains("Mentor");
        assertThat(pair.involves(pair.menteeId())).isTrue();
        assertThat(pair.involves(UUID.randomUUID())).isFalse();
    }

    @Test
    void each_phase_of_the_matching_is_reported_as_the_run_phase_of_the_same_name() {
        for (MatchingProgress.Phase phase : MatchingProgress.Phase.values()) {
            assertThat(MatchingRun.Phase.of(phase).name()).isEqualTo(phase.name());
        }
    }
}
