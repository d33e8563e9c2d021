package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.contracts.NotificationsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class NotificationRepositoryTest extends NotificationsContract {

    @Inject
    PersonRepository people;

    @Inject
    NotificationRepository notifications;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Notifications notifications() {
        return InTransactions.each(Notifications.class, notifications);
    }
}
