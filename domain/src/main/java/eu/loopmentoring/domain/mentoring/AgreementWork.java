package eu.loopmentoring.domain.mentoring;

import static eu.loopmentoring.domain.mentoring.MentoringAccess.notFound;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A relationship's agreement: its members set and change it while it runs, and each confirms the
 * version they read; the coordinators of its coalition read it. People only.
 */
public class AgreementWork {

    private final MentoringAgreements agreements;
    private final Notifications notifications;
    private final MentoringAccess access;
    private final Clock clock;

    public AgreementWork(
            MentoringAgreements agreements, Notifications notifications, MentoringAccess access, Clock clock) {
        this.agreements = agreements;
        this.notifications = notifications;
        this.access = access;
        this.clock = clock;
    }

    public MentoringAgreement agreement(Subject subject, UUID relationshipId) {
        MentoringRelationship relationship = access.readable(Access.person(subject), relationshipId);
        return agreements
                .find(relationshipId)
                .orElseThrow(() -> notFound("mentoring agreement", relationshipId))
                .in(relationship);
    }

    /**
     * Sets the first agreement (which needs no version) or changes it (the version read); either way
     * it is unconfirmed afterwards and the other participant is told.
     */
    public MentoringAgreement putAgreement(
            Subject subject, UUID relationshipId, ExpectedVersion expected, AgreementTerms terms) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        Instant now = clock.instant();
        Optional<MentoringAgreement> current = agreements.find(relationshipId);
        MentoringAgreement saved;
        if (current.isEmpty()) {
            saved = agreements.add(MentoringAgreement.draft(relationshipId, terms, person.id(), now));
        } else {
            MentoringAgreement agreement = current.get();
            expected.check(agreement.version(), "mentoring agreement");
            saved = agreements.update(agreement.changed(terms, person.id(), now));
        }
        notifications.tellOthers(relationship, person.id(), NotificationKind.AGREEMENT_CHANGED, now);
        return saved.in(relationship);
    }

    /** The caller confirms the version they read; the other participant is told. */
    public MentoringAgreement confirmAgreement(Subject subject, UUID relationshipId, ExpectedVersion expected) {
        PersonSubject person = Access.person(subject);
        MentoringRelationship relationship = access.running(person, relationshipId);
        MentoringAgreement agreement =
                agreements.find(relationshipId).orElseThrow(() -> notFound("mentoring agreement", relationshipId));
        expected.check(agreement.version(), "mentoring agreement");
        if (agreement.isConfirmedBy(person.id())) {
            return agreement.in(relationship);
        }
        Instant now = clock.instant();
        MentoringAgreement confirmed = agreements.update(agreement.confirmedBy(person.id(), now));
        notifications.tellOthers(relationship, person.id(), NotificationKind.AGREEMENT_CONFIRMED, now);
        return confirmed.in(relationship);
    }
}
