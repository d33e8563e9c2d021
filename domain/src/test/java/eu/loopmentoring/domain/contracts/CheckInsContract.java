package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.mentoring.CheckIn;
import eu.loopmentoring.domain.mentoring.CheckInAnswers;
import eu.loopmentoring.domain.mentoring.CheckIns;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What any {@link CheckIns} must do: check-ins are oldest first, and a participant of an active
 * relationship whose agreement all confirmed is reminded once each time a check-in falls due.
 */
public abstract class CheckInsContract extends RelationshipPortContract {

    private static final Duration WEEK = Duration.ofDays(7);

    protected abstract CheckIns checkIns();

    protected abstract MentoringAgreements agreements();

    protected abstract Notifications notifications();

    private CheckIn aCheckIn(MentoringRelationship relationship, UUID author, Side side, Instant at) {
        CheckIn checkIn = new CheckIn(
                UUID.randomUUID(),
                relationship.id(),
                Optional.of(author),
                side,
                new CheckInAnswers(4, 3, 5, 4, Optional.of("Going well")),
                at);
        assertThat(checkIns().add(checkIn)).isEqualTo(checkIn);
        return checkIn;
    }

    private static List<CheckIn> oldestFirst(List<CheckIn> checkIns) {
        return checkIns.stream()
                .sorted(Comparator.comparing(CheckIn::submittedAt).thenComparing(c -> c.id().toString()))
                .toList();
    }

    @Test
    void aRelationshipsCheckInsComeOldestFirstInKeysetPages() {
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        MentoringRelationship relationship = aRelationship(mentor, mentee);
        List<CheckIn> added = List.of(
                aCheckIn(relationship, mentee.id(), Side.MENTEE, T0.plusSeconds(20)),
                aCheckIn(relationship, mentor.id(), Side.MENTOR, T0),
                aCheckIn(relationship, mentee.id(), Side.MENTEE, T0.plusSeconds(10)),
                aCheckIn(relationship, mentor.id(), Side.MENTOR, T0.plusSeconds(10)));
        aCheckIn(aRelationship(aPerson("Other"), mentee), mentee.id(), Side.MENTEE, T0.plusSeconds(5));

        assertThat(allPages(3, page -> checkIns().ofRelationship(relationship.id(), page)))
                .containsExactlyElementsOf(oldestFirst(added));
    }

    @Test
    void anAuthorsLastCheckInIsTheirLatestInThatRelationship() {
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        MentoringRelationship relationship = aRelationship(mentor, mentee);
        aCheckIn(relationship, mentee.id(), Side.MENTEE, T0.plusSeconds(30));
        aCheckIn(relationship, mentee.id(), Side.MENTEE, T0);
        aCheckIn(relationship, mentor.id(), Side.MENTOR, T0.plusSeconds(90));
        aCheckIn(aRelationship(aPerson("Other"), mentee), mentee.id(), Side.MENTEE, T0.plusSeconds(60));

        assertThat(checkIns().lastBy(relationship.id(), mentee.id())).contains(T0.plusSeconds(30));
        assertThat(checkIns().lastBy(relationship.id(), aPerson("Nobody").id())).isEmpty();
    }

    @Test
    void anAuthorsCheckInsAreTheirsOnlyOldestFirst() {
        Person mentee = aPerson("Mentee");
        MentoringRelationship one = aRelationship(aPerson("M1"), mentee);
        MentoringRelationship two = aRelationship(aPerson("M2"), mentee);
        List<CheckIn> mine = List.of(
                aCheckIn(two, mentee.id(), Side.MENTEE, T0.plusSeconds(20)),
                aCheckIn(one, mentee.id(), Side.MENTEE, T0),
                aCheckIn(one, mentee.id(), Side.MENTEE, T0.plusSeconds(10)));
        aCheckIn(one, one.participants().getFirst().personId(), Side.MENTOR, T0);

        assertThat(checkIns().by(mentee.id())).containsExactlyElementsOf(oldestFirst(mine));
    }

    @Test
    void eachParticipantIsRemindedOnceWhenTheirCheckInFallsDue() {
        Instant confirmedAt = T0.minus(Duration.ofDays(300));
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        MentoringRelationship relationship = aRelationship(mentor, mentee);
        confirmedAgreement(relationship, confirmedAt, 2);
        aCheckIn(relationship, mentee.id(), Side.MENTEE, confirmedAt.plus(WEEK));
        Instant now = confirmedAt.plus(WEEK.multipliedBy(2)).plusSeconds(1);

        assertThat(checkIns().remindDue(now)).isGreaterThanOrEqualTo(1);

        assertThat(reminders(mentor, relationship))
                .extracting(Notification::createdAt)
                .containsExactly(now);
        assertThat(reminders(mentee, relationship))
                .as("the mentee checked in a week later")
                .isEmpty();

        checkIns().remindDue(now.plusSeconds(60));

        assertThat(reminders(mentor, relationship)).as("reminded once").hasSize(1);

        Instant menteeDue = confirmedAt.plus(WEEK.multipliedBy(3));
        checkIns().remindDue(menteeDue);

        assertThat(reminders(mentee, relationship))
                .extracting(Notification::createdAt)
                .containsExactly(menteeDue);
    }

    @Test
    void nobodyIsRemindedBeforeAllConfirmedOrWhileTheRelationshipIsNotActive() {
        Instant confirmedAt = T0.minus(Duration.ofDays(200));
        Person mentor = aPerson("Mentor");
        Person mentee = aPerson("Mentee");
        MentoringRelationship unconfirmed = aRelationship(mentor, mentee);
        MentoringAgreement draft = agreements()
                .add(MentoringAgreement.draft(
                        unconfirmed.id(),
                        MentoringAgreementsContract.terms("Exit tickets", 1),
                        mentor.id(),
                        confirmedAt));
        agreements().update(draft.in(unconfirmed).confirmedBy(mentor.id(), confirmedAt));
        MentoringRelationship paused = aRelationship(mentor, aPerson("Paused mentee"));
        confirmedAgreement(paused, confirmedAt, 1);
        relationships().update(paused.moveTo(RelationshipStatus.PAUSED, Optional.empty(), confirmedAt));

        checkIns().remindDue(confirmedAt.plus(WEEK.multipliedBy(4)));

        assertThat(reminders(mentor, unconfirmed)).isEmpty();
        assertThat(reminders(mentor, paused)).isEmpty();
    }

    private void confirmedAgreement(MentoringRelationship relationship, Instant at, int checkInIntervalWeeks) {
        MentoringAgreement draft = agreements()
                .add(MentoringAgreement.draft(
                        relationship.id(),
                        MentoringAgreementsContract.terms("Exit tickets", checkInIntervalWeeks),
                        relationship.participants().getFirst().personId(),
                        at));
        MentoringAgreement confirmed = draft.in(relationship);
        for (UUID member : relationship.members().toList()) {
            confirmed = confirmed.confirmedBy(member, at);
        }
        agreements().update(confirmed);
    }

    private List<Notification> reminders(Person person, MentoringRelationship relationship) {
        return notifications().allOf(person.id()).stream()
                .filter(n -> n.kind() == NotificationKind.CHECK_IN_DUE
                        && n.relationshipId().filter(relationship.id()::equals).isPresent())
                .toList();
    }
}
