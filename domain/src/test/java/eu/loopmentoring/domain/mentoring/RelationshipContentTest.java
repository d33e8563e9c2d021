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

    private static AgreementTerms terms(String goal) {
        return new AgreementTerms(
                List.of(new AgreementGoal(goal, LocalDate.parse("2027-03-15"))), 6, MeetingFrequency.MONTHLY, 4);
    }

    @Test
    void an_agreement_holds_once_both_confirmed_and_any_change_clears_both_confirmations() {
        MentoringAgreement draft = MentoringAgreement.draft(RELATIONSHIP, terms("Exit tickets"), ANA, NOW);
        MentoringAgreement mentorOnly = draft.confirmedBy(Side.MENTOR, NOW);
        MentoringAgreement both = mentorOnly.confirmedBy(Side.MENTEE, NOW.plusSeconds(60));

        assertThat(draft.isConfirmed()).isFalse();
        assertThat(mentorOnly.isConfirmed()).isFalse();
        assertThat(mentorOnly.isConfirmedBy(Side.MENTOR)).isTrue();
        assertThat(both.isConfirmed()).isTrue();
        assertThat(both.confirmedBy(Side.MENTEE, NOW.plusSeconds(120))).isEqualTo(both);

        MentoringAgreement changed = both.changed(terms("Seating plan"), ANA, NOW.plusSeconds(180));
        assertThat(changed.isConfirmed()).isFalse();
        assertThat(changed.isConfirmedBy(Side.MENTOR)).isFalse();
        assertThat(changed.isConfirmedBy(Side.MENTEE)).isFalse();
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
