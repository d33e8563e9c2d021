package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.contracts.NotificationsContract;
import eu.loopmentoring.domain.fakes.InMemoryNotifications;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.identity.People;

class InMemoryNotificationsTest extends NotificationsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryNotifications notifications = new InMemoryNotifications();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Notifications notifications() {
        return notifications;
    }
}
