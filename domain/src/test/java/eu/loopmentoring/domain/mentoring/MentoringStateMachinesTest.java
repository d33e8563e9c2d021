package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every state of requests, proposals and relationships against every transition: allowed or refused. */
class MentoringStateMachinesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID OFFER = UUID.randomUUID();

    private static MentoringRequest request(RequestStatus status, Optional<UUID> addressedTo) {
        return new MentoringRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Ana",
                new RequestTerms(
                        Set.of(), "Plan lessons", List.of("pt"), Optional.empty(), Optional.empty(), Optional.empty()),
                addressedTo,
                Optional.empty(),
                status,
                NOW,
                NOW,
                0);
    }

    private static MentoringRequest request(RequestStatus status) {
        return request(status, Optional.empty());
    }

    @Nested
    class Requests {

        @ParameterizedTest
        @EnumSource(RequestStatus.class)
        void take_proposals_only_while_open_or_proposed(RequestStatus status) {
            MentoringRequest request = request(status);
            if (status == RequestStatus.OPEN || status == RequestStatus.PROPOSED) {
                assertThat(request.proposed(OFFER, NOW).status()).isEqualTo(RequestStatus.PROPOSED);
            } else {
                assertThatThrownBy(() -> request.proposed(OFFER, NOW))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("is " + status);
            }
        }

        @Test
        void addressed_to_one_mentor_take_no_proposal_of_another_offer() {
            MentoringRequest addressed = request(RequestStatus.OPEN, Optional.of(UUID.randomUUID()));

            assertThatThrownBy(() -> addressed.proposed(OFFER, NOW))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("addressed to one chosen mentor");
        }

        @ParameterizedTest
        @EnumSource(RequestStatus.class)
        void are_accepted_only_while_proposed(RequestStatus status) {
            MentoringRequest request = request(status);
            if (status == RequestStatus.PROPOSED) {
                assertThat(request.accepted(NOW).status()).isEqualTo(RequestStatus.ACCEPTED);
            } else {
                assertThatThrownBy(() -> request.accepted(NOW)).isInstanceOf(RuleViolationException.class);
            }
        }

        @Test
        void accepted_twice_the_second_hears_that_another_proposal_won() {
            assertThatThrownBy(() -> request(RequestStatus.ACCEPTED).accepted(NOW))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("another proposal was accepted first");
        }

        @ParameterizedTest
        @EnumSource(RequestStatus.class)
        void are_withdrawn_only_while_seeking(RequestStatus status) {
            MentoringRequest request = request(status);
            if (status.isSeeking()) {
                assertThat(request.withdrawn(NOW).status()).isEqualTo(RequestStatus.WITHDRAWN);
            } else {
                assertThatThrownBy(() -> request.withdrawn(NOW)).isInstanceOf(RuleViolationException.class);
            }
        }

        @ParameterizedTest
        @EnumSource(RequestStatus.class)
        void are_reopened_only_once_accepted_and_then_addressed_to_nobody(RequestStatus status) {
            MentoringRequest request = request(status, Optional.of(OFFER));
            if (status == RequestStatus.ACCEPTED) {
                MentoringRequest reopened = request.reopened(NOW);
                assertThat(reopened.status()).isEqualTo(RequestStatus.OPEN);
                assertThat(reopened.addressedTo()).isEmpty();
                assertThat(reopened.isInPool()).isTrue();
            } else {
                assertThatThrownBy(() -> request.reopened(NOW)).isInstanceOf(RuleViolationException.class);
            }
        }

        @Test
        void return_to_the_pool_when_their_last_pending_proposal_is_declined_or_expires() {
            MentoringRequest proposed = request(RequestStatus.PROPOSED);

            assertThat(proposed.proposalEnded(ProposalStatus.DECLINED, false, NOW)
                            .status())
                    .isEqualTo(RequestStatus.OPEN);
            assertThat(proposed.proposalEnded(ProposalStatus.EXPIRED, false, NOW)
                            .status())
                    .isEqualTo(RequestStatus.OPEN);
            assertThat(proposed.proposalEnded(ProposalStatus.EXPIRED, true, NOW).status())
                    .isEqualTo(RequestStatus.PROPOSED);
        }

        @Test
        void addressed_to_one_mentor_take_the_outcome_of_that_mentor_s_proposal() {
            MentoringRequest addressed = request(RequestStatus.PROPOSED, Optional.of(OFFER));

            assertThat(addressed
                            .proposalEnded(ProposalStatus.DECLINED, false, NOW)
                            .status())
                    .isEqualTo(RequestStatus.DECLINED);
            assertThat(addressed
                            .proposalEnded(ProposalStatus.EXPIRED, false, NOW)
                            .status())
                    .isEqualTo(RequestStatus.EXPIRED);
        }

        @ParameterizedTest
        @EnumSource(
                value = RequestStatus.class,
                names = {"PROPOSED"},
                mode = EnumSource.Mode.EXCLUDE)
        void that_are_not_proposed_stay_as_they_are_when_a_proposal_ends(RequestStatus status) {
            MentoringRequest request = request(status);

            assertThat(request.proposalEnded(ProposalStatus.DECLINED, false, NOW))
                    .isEqualTo(request);
        }

        @Test
        void need_goals_in_the_mentee_s_own_words() {
            RequestTerms blank = new RequestTerms(
                    Set.of(), "  ", List.of("pt"), Optional.empty(), Optional.empty(), Optional.empty());

            assertThatThrownBy(blank::checked)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("goals");
        }
    }

    @Nested
    class Proposals {

        private MentoringProposal pending(Side proposedBy) {
            MentoringRequest request = request(RequestStatus.OPEN);
            MentorOffer offer = InMemoryMentoringFixtures.offer(UUID.randomUUID(), 1);
            return MentoringProposal.open(request, offer, proposedBy, NOW, Duration.ofDays(7));
        }

        private MentoringProposal in(ProposalStatus status) {
            MentoringProposal p = pending(Side.MENTEE);
            return switch (status) {
                case PENDING -> p;
                case ACCEPTED -> p.accept(Side.MENTOR, NOW).matched(UUID.randomUUID(), NOW);
                case DECLINED -> p.decline(Side.MENTOR, Optional.empty(), NOW);
                case EXPIRED -> p.expire(p.expiresAt());
                case WITHDRAWN, SUPERSEDED -> p.closedBecause(status, NOW);
            };
        }

        @Test
        void count_the_proposer_as_accepted_and_wait_for_the_other_side() {
            MentoringProposal byMentee = pending(Side.MENTEE);
            MentoringProposal byMentor = pending(Side.MENTOR);

            assertThat(byMentee.hasAccepted(Side.MENTEE)).isTrue();
            assertThat(byMentee.awaiting()).isEqualTo(Side.MENTOR);
            assertThat(byMentor.hasAccepted(Side.MENTOR)).isTrue();
            assertThat(byMentor.awaiting()).isEqualTo(Side.MENTEE);
        }

        @Test
        void are_accepted_by_both_once_the_other_side_accepts() {
            MentoringProposal accepted = pending(Side.MENTEE).accept(Side.MENTOR, NOW);

            assertThat(accepted.isAcceptedByBoth()).isTrue();
            MentoringProposal matched = accepted.matched(UUID.randomUUID(), NOW);
            assertThat(matched.status()).isEqualTo(ProposalStatus.ACCEPTED);
            assertThat(matched.relationshipId()).isPresent();
        }

        @Test
        void refuse_a_second_acceptance_by_the_same_side() {
            assertThatThrownBy(() -> pending(Side.MENTEE).accept(Side.MENTEE, NOW))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("already accepted");
        }

        @ParameterizedTest
        @EnumSource(ProposalStatus.class)
        void are_answered_only_while_pending(ProposalStatus status) {
            MentoringProposal proposal = in(status);
            if (status == ProposalStatus.PENDING) {
                assertThat(proposal.accept(Side.MENTOR, NOW).isAcceptedByBoth()).isTrue();
                MentoringProposal declined = proposal.decline(Side.MENTOR, Optional.of(" full this term "), NOW);
                assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
                assertThat(declined.declinedBy()).contains(Side.MENTOR);
                assertThat(declined.declineReason()).contains("full this term");
            } else {
                assertThatThrownBy(() -> proposal.accept(Side.MENTOR, NOW))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("is " + status);
                assertThatThrownBy(() -> proposal.decline(Side.MENTOR, Optional.empty(), NOW))
                        .isInstanceOf(RuleViolationException.class);
            }
        }

        @ParameterizedTest
        @EnumSource(ProposalStatus.class)
        void expire_only_while_pending_and_past_their_time(ProposalStatus status) {
            MentoringProposal proposal = in(status);
            Instant late = proposal.expiresAt().plusSeconds(1);
            if (status == ProposalStatus.PENDING) {
                assertThatThrownBy(() -> proposal.expire(NOW)).isInstanceOf(RuleViolationException.class);
                assertThat(proposal.expire(late).status()).isEqualTo(ProposalStatus.EXPIRED);
            } else {
                assertThatThrownBy(() -> proposal.expire(late)).isInstanceOf(RuleViolationException.class);
            }
        }

        @ParameterizedTest
        @EnumSource(ProposalStatus.class)
        void close_only_while_pending(ProposalStatus status) {
            MentoringProposal proposal = in(status);
            if (status == ProposalStatus.PENDING) {
                assertThat(proposal.closedBecause(ProposalStatus.SUPERSEDED, NOW)
                                .status())
                        .isEqualTo(ProposalStatus.SUPERSEDED);
            } else {
                assertThatThrownBy(() -> proposal.closedBecause(ProposalStatus.WITHDRAWN, NOW))
                        .isInstanceOf(RuleViolationException.class);
            }
        }

        @Test
        void cannot_be_answered_once_their_time_is_up() {
            MentoringProposal proposal = pending(Side.MENTEE);

            assertThatThrownBy(() -> proposal.accept(Side.MENTOR, proposal.expiresAt()))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("expired");
        }

        @Test
        void superseded_ones_say_that_another_proposal_won() {
            assertThatThrownBy(() -> in(ProposalStatus.SUPERSEDED).accept(Side.MENTOR, NOW))
                    .hasMessageContaining("another proposal of the request was accepted first");
        }
    }

    @Nested
    class Relationships {

        private MentoringRelationship in(RelationshipStatus status) {
            return new MentoringRelationship(
                    UUID.randomUUID(),
                    List.of(
                            Participant.joined(
                                    UUID.randomUUID(), Optional.of("João"), Side.MENTOR, Optional.empty(), NOW),
                            Participant.joined(
                                    UUID.randomUUID(), Optional.of("Ana"), Side.MENTEE, Optional.empty(), NOW)),
                    Optional.of(OFFER),
                    Optional.of(UUID.randomUUID()),
                    Optional.empty(),
                    MentoringFormat.ONE_TO_ONE,
                    status,
                    NOW,
                    Optional.empty(),
                    Optional.empty(),
                    0);
        }

        @ParameterizedTest
        @EnumSource(RelationshipStatus.class)
        void move_between_states_as_the_lifecycle_allows(RelationshipStatus from) {
            for (RelationshipStatus to : RelationshipStatus.values()) {
                MentoringRelationship relationship = in(from);
                boolean allowed = from.isRunning() && from != to;
                if (allowed) {
                    MentoringRelationship moved = relationship.moveTo(to, Optional.of("moving abroad"), NOW);
                    assertThat(moved.status()).as(from + " -> " + to).isEqualTo(to);
                    assertThat(moved.endedAt().isPresent()).isEqualTo(!to.isRunning());
                } else {
                    assertThatThrownBy(() -> relationship.moveTo(to, Optional.of("moving abroad"), NOW))
                            .as(from + " -> " + to)
                            .isInstanceOf(RuleViolationException.class);
                }
            }
        }

        @Test
        void end_early_only_with_a_reason() {
            assertThatThrownBy(() ->
                            in(RelationshipStatus.ACTIVE).moveTo(RelationshipStatus.ENDED_EARLY, Optional.of(" "), NOW))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("reason");
            assertThat(in(RelationshipStatus.PAUSED)
                            .moveTo(RelationshipStatus.ENDED_EARLY, Optional.of("no time left"), NOW)
                            .endReason())
                    .contains("no time left");
        }

        @Test
        void only_running_ones_use_capacity() {
            assertThat(EnumSet.allOf(RelationshipStatus.class).stream().filter(RelationshipStatus::isRunning))
                    .containsExactly(RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED);
        }
    }
}
