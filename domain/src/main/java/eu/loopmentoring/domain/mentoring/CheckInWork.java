package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A relationship's check-ins: once all members confirmed the agreement, each checks in at the
 * interval it sets, and is reminded when one is due. Seen by the members only. People only.
 */
public class CheckInWork {

    private final CheckIns checkIns;
    private final MentoringAgreements agreements;
    private final MentoringAccess access;
    private final Clock clock;

    public CheckInWork(CheckIns checkIns, MentoringAgreements agreements, MentoringAccess access, Clock clock) {
        this.checkIns = checkIns;
        this.agreements = agreements;
        this.access = access;
        this.clock = clock;
    }

    /** The relationship's check-ins, and when the caller's next one is due. */
    public CheckInView checkIns(Subject subject, UUID relationshipId, PageRequest page) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.ofMember(person, relationshipId);
        return new CheckInView(checkIns.ofRelationship(relationshipId, page), nextDue(relationship, person.id()));
    }

    public CheckIn checkIn(Subject subject, UUID relationshipId, CheckInAnswers answers) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        if (agreements
                .find(relationshipId)
                .filter(a -> a.in(relationship).isConfirmed())
                .isEmpty()) {
            throw new RuleViolationException("Check-ins start once all participants confirmed the agreement, which"
                    + " sets their interval: agree on it first (PUT …/agreement, then each POST …/confirmation).");
        }
        return checkIns.add(new CheckIn(
                UUID.randomUUID(),
                relationshipId,
                Optional.of(person.id()),
                relationship.sideOf(person.id()).orElseThrow(),
                answers,
                clock.instant()));
    }

    /** Reminds everyone whose check-in is due (CHECK_IN_DUE), once; for the scheduled job. */
    public int remindDueCheckIns() {
        return checkIns.remindDue(clock.instant());
    }

    /** The interval after the person's last check-in, or after all confirmed the agreement. */
    private Optional<Instant> nextDue(MentoringRelationship relationship, UUID person) {
        return agreements
                .find(relationship.id())
                .map(a -> a.in(relationship))
                .filter(MentoringAgreement::isConfirmed)
                .map(a -> {
                    Instant confirmed = a.confirmedAt().orElseThrow();
                    Instant from = checkIns.lastBy(relationship.id(), person).orElse(confirmed);
                    return from.plus(Duration.ofDays(7L * a.terms().checkInIntervalWeeks()));
                });
    }
}
