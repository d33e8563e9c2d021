package eu.loopmentoring.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every date a relationship's work carries lies in a window around the day it is entered; others name their field. */
class MentoringDatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final UUID RELATIONSHIP = UUID.randomUUID();
    private static final UUID ANA = UUID.randomUUID();

    private static final MentoringSession SESSION =
            MentoringSession.create(RELATIONSHIP, NOW, 45, SessionStatus.PLANNED, Optional.empty(), ANA, NOW);
    private static final MentoringGoal GOAL =
            MentoringGoal.open(RELATIONSHIP, "Exit tickets", Optional.empty(), ANA, NOW);
    private static final MentoringTask TASK = MentoringTask.create(
            RELATIONSHIP, "Seating plan", Optional.empty(), Optional.empty(), Optional.empty(), ANA, NOW);

    /** Each way in which a calendar date enters, with the field a refusal names. */
    private record DateEntry(String field, Consumer<LocalDate> enter) {}

    private static final List<DateEntry> DATES = List.of(
            new DateEntry(
                    "targetDate", d -> MentoringGoal.open(RELATIONSHIP, "Exit tickets", Optional.of(d), ANA, NOW)),
            new DateEntry(
                    "targetDate",
                    d -> GOAL.change(
                            new GoalChanges(Optional.empty(), Optional.of(d), Optional.empty(), Optional.empty()),
                            NOW)),
            new DateEntry(
                    "dueDate",
                    d -> MentoringTask.create(
                            RELATIONSHIP,
                            "Seating plan",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(d),
                            ANA,
                            NOW)),
            new DateEntry(
                    "dueDate",
                    d -> TASK.change(
                            new TaskChanges(
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.of(d),
                                    Optional.empty()),
                            NOW)),
            new DateEntry("goals[1].targetDate", d -> MentoringAgreement.draft(RELATIONSHIP, terms(d), ANA, NOW)),
            new DateEntry(
                    "goals[1].targetDate",
                    d -> MentoringAgreement.draft(RELATIONSHIP, terms(TODAY), ANA, NOW)
                            .changed(terms(d), ANA, NOW)));

    private record InstantEntry(String field, Consumer<Instant> enter) {}

    private static final List<InstantEntry> INSTANTS = List.of(
            new InstantEntry(
                    "startsAt",
                    t -> MentoringSession.create(
                            RELATIONSHIP, t, 45, SessionStatus.PLANNED, Optional.empty(), ANA, NOW)),
            new InstantEntry(
                    "startsAt",
                    t -> SESSION.change(
                            new SessionChanges(Optional.of(t), Optional.empty(), Optional.empty(), Optional.empty()),
                            NOW)));

    private static AgreementTerms terms(LocalDate second) {
        return new AgreementTerms(
                List.of(new AgreementGoal("Exit tickets", TODAY), new AgreementGoal("Seating plan", second)),
                6,
                MeetingFrequency.MONTHLY,
                4);
    }

    @Test
    void goal_task_and_agreement_dates_lie_from_five_years_before_to_ten_years_after_today() {
        LocalDate first = TODAY.minusYears(5);
        LocalDate last = TODAY.plusYears(10);
        Random random = new Random();
        Stream<LocalDate> generated = Stream.concat(
                Stream.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(5874898, 1, 1), LocalDate.of(-4713, 1, 1)),
                LongStream.range(0, 300)
                        .map(i -> i % 3 == 0
                                ? random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                                : random.nextLong(first.toEpochDay() - 4000, last.toEpochDay() + 4000))
                        .mapToObj(LocalDate::ofEpochDay));
        Stream.concat(Stream.of(first, last, first.minusDays(1), last.plusDays(1)), generated)
                .forEach(date -> {
                    boolean inside = !date.isBefore(first) && !date.isAfter(last);
                    for (DateEntry entry : DATES) {
                        check(inside, entry.field(), () -> entry.enter().accept(date), date);
                    }
                });
    }

    @Test
    void sessions_start_from_five_years_before_to_two_years_after_now() {
        Instant first = NOW.atOffset(ZoneOffset.UTC).minusYears(5).toInstant();
        Instant last = NOW.atOffset(ZoneOffset.UTC).plusYears(2).toInstant();
        Random random = new Random();
        Stream<Instant> generated = LongStream.range(0, 300)
                .map(i -> i % 3 == 0
                        ? random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        : random.nextLong(first.getEpochSecond() - 400_000_000L, last.getEpochSecond() + 400_000_000L))
                .mapToObj(Instant::ofEpochSecond);
        Stream.concat(
                        Stream.of(
                                first,
                                last,
                                first.minusNanos(1),
                                last.plus(1, ChronoUnit.MILLIS),
                                Instant.parse("+294277-01-01T00:00:00Z"),
                                Instant.MIN,
                                Instant.MAX),
                        generated)
                .forEach(at -> {
                    boolean inside = !at.isBefore(first) && !at.isAfter(last);
                    for (InstantEntry entry : INSTANTS) {
                        check(inside, entry.field(), () -> entry.enter().accept(at), at);
                    }
                });
    }

    private static void check(boolean inside, String field, Runnable enter, Object value) {
        if (inside) {
            enter.run();
            return;
        }
        assertThatThrownBy(enter::run)
                .as("%s = %s", field, value)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).startsWith("must be between ");
                        }));
    }
}
