package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.CheckInsContract;
import eu.loopmentoring.domain.fakes.InMemoryCheckIns;
import eu.loopmentoring.domain.fakes.InMemoryMentoringAgreements;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryNotifications;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryCheckInsTest extends CheckInsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();
    private final InMemoryMentoringAgreements agreements = new InMemoryMentoringAgreements();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns(relationships, agreements, notifications);

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected CheckIns checkIns() {
        return checkIns;
    }

    @Override
    protected MentoringAgreements agreements() {
        return agreements;
    }

    @Override
    protected Notifications notifications() {
        return notifications;
    }
}
