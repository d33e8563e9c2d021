package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.CheckInsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.CheckIns;
import eu.loopmentoring.domain.mentoring.MentoringAgreements;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class CheckInRepositoryTest extends CheckInsContract {

    @Inject
    PersonRepository people;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    CheckInRepository checkIns;

    @Inject
    MentoringAgreementRepository agreements;

    @Inject
    NotificationRepository notifications;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected CheckIns checkIns() {
        return InTransactions.each(CheckIns.class, checkIns);
    }

    @Override
    protected MentoringAgreements agreements() {
        return InTransactions.each(MentoringAgreements.class, agreements);
    }

    @Override
    protected Notifications notifications() {
        return InTransactions.each(Notifications.class, notifications);
    }
}
