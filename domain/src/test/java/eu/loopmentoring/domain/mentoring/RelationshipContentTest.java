package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of agreements, goals, sessions, private notes and feedback, without any storage. */
class RelationshipContentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID RELATIONSHIP = UUID.randomUUID();
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEA = UUID.randomUUID();

    private static AgreementTerms terms(String goal) {
        return new AgreementTerms(
                List.of(new AgreementGoal(goal, LocalDate.parse("2027-03-15"))), 6, MeetingFrequency.MONTHLY, 4);
    }

    @Test
    void an_agreement_holds_once_every_member_confirmed_and_any_change_clears_all_confirmations() {
        UUID mentor = UUID.randomUUID();
        MentoringRelationship group = groupOf(mentor, ANA, BEA);
        MentoringAgreement draft = MentoringAgreement.draft(RELATIONSHIP, terms("Exit tickets"), ANA, NOW);
        MentoringAgreement mentorOnly = draft.confirmedBy(mentor, NOW);
        MentoringAgreement twoOfThree = mentorOnly.confirmedBy(ANA, NOW.plusSeconds(60));
        MentoringAgreement all = twoOfThree.confirmedBy(BEA, NOW.plusSeconds(90));

        assertThat(draft.in(group).isConfirmed()).isFalse();
        assertThat(mentorOnly.in(group).isConfirmed()).isFalse();
        assertThat(mentorOnly.isConfirmedBy(mentor)).isTrue();
        assertThat(twoOfThree.in(group).isConfirmed()).isFalse();
        assertThat(all.in(group).isConfirmed()).isTrue();
        assertThat(all.in(group).confirmedAt()).contains(NOW.plusSeconds(90));
        assertThat(all.confirmedBy(ANA, NOW.plusSeconds(120))).isEqualTo(all);

        MentoringAgreement changed = all.changed(terms("Seating plan"), ANA, NOW.plusSeconds(180));
        assertThat(changed.in(group).isConfirmed()).isFalse();
        assertThat(changed.confirmations()).isEmpty();
    }

    @Test
    void a_mentee_who_joins_later_has_to_confirm_the_agreement_too() {
        UUID mentor = UUID.randomUUID();
        MentoringRelationship pair = groupOf(mentor, ANA);
        MentoringAgreement confirmed = MentoringAgreement.draft(RELATIONSHIP, terms("Exit tickets"), ANA, NOW)
                .confirmedBy(mentor, NOW)
                .confirmedBy(ANA, NOW);
        MentoringRelationship three = pair.withMentee(BEA, "Bea", UUID.randomUUID(), NOW.plusSeconds(60));

        assertThat(confirmed.in(pair).isConfirmed()).isTrue();
        assertThat(confirmed.in(three).isConfirmed()).isFalse();
        assertThat(confirmed.in(three).confirmedAt(Side.MENTEE)).isEmpty();
        assertThat(confirmed.in(three).confirmedAt(Side.MENTOR)).contains(NOW);
    }

    private static MentoringRelationship groupOf(UUID mentor, UUID... mentees) {
        List<Participant> participants = new java.util.ArrayList<>();
        participants.add(Participant.joined(mentor, Optional.of("João"), Side.MENTOR, Optional.empty(), NOW));
        for (UUID mentee : mentees) {
            participants.add(Participant.joined(mentee, Optional.empty(), Side.MENTEE, Optional.empty(), NOW));
        }
        return new MentoringRelationship(
                RELATIONSHIP,
                participants,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                MentoringFormat.GROUP,
                RelationshipStatus.ACTIVE,
                NOW,
                Optional.empty(),
                Optional.empty(),
                0);
    }

    @Test
    void agreement_terms_name_the_field_that_is_wrong() {
        assertThatThrownBy(() -> new AgreementTerms(List.of(), 6, MeetingFrequency.WEEKLY, 4))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("goals"));
        assertThatThrownBy(() -> new AgreementTerms(terms("x y z").goals(), 0, MeetingFrequency.WEEKLY, 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expectedDurationMonths");
        assertThatThrownBy(() -> new AgreementTerms(terms("x y z").goals(), 6, MeetingFrequency.WEEKLY, 27))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("checkInIntervalWeeks");
    }

    @Test
    void progress_stays_between_0_and_100_and_achieving_a_goal_without_a_number_means_100() {
        MentoringGoal goal = MentoringGoal.open(RELATIONSHIP, "Exit tickets", Optional.empty(), ANA, NOW);
        MentoringGoal halfway = goal.change(
                new GoalChanges(Optional.empty(), Optional.empty(), Optional.of(50), Optional.empty()), NOW);
        MentoringGoal achieved = halfway.change(
                new GoalChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(GoalStatus.ACHIEVED)),
                NOW);
        MentoringGoal dropped = halfway.change(
                new GoalChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(GoalStatus.DROPPED)),
                NOW);

        assertThat(halfway.progress()).isEqualTo(50);
        assertThat(achieved.progress()).isEqualTo(100);
        assertThat(dropped.progress()).isEqualTo(50);
        assertThatThrownBy(() -> goal.change(
                        new GoalChanges(Optional.empty(), Optional.empty(), Optional.of(101), Optional.empty()), NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("progress");
    }

    @Test
    void a_session_is_held_only_once_it_has_started() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        MentoringSession planned =
                MentoringSession.create(RELATIONSHIP, tomorrow, 45, SessionStatus.PLANNED, Optional.empty(), ANA, NOW);

        assertThatThrownBy(() -> planned.change(
                        new SessionChanges(
                                Optional.empty(), Optional.empty(), Optional.of(SessionStatus.HELD), Optional.empty()),
                        NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(planned.change(
                                new SessionChanges(
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.of(SessionStatus.HELD),
                                        Optional.of(" Notes ")),
                                tomorrow.plusSeconds(3600))
                        .sharedNotes())
                .contains("Notes");
    }

    @Test
    void notes_and_feedback_are_bounded() {
        assertThatThrownBy(() -> new PrivateNote(UUID.randomUUID(), ANA, "  ", NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ClosingFeedback(RELATIONSHIP, ANA, Side.MENTEE, 6, Optional.empty(), NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rating");
        assertThat(ClosingFeedback.ANALYTICS_GROUP_MINIMUM).isEqualTo(5);
    }
}
