package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A person's own notifications: nobody else sees them. */
public class Inbox {

    private final Notifications notifications;
    private final Clock clock;

    public Inbox(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Page<Notification> notifications(Subject subject, boolean unreadOnly, PageRequest page) {
        return notifications.of(Access.person(subject).id(), unreadOnly, page);
    }

    /** Marks the caller's notification read; reading it again changes nothing. */
    public Notification markRead(Subject subject, UUID id) {
        UUID me = Access.person(subject).id();
        Notification notification = notifications
                .find(id)
                .filter(n -> n.recipientId().equals(me))
                .orElseThrow(() -> new ObjectNotFoundException("notification", id));
        return notification.isRead() ? notification : notifications.update(notification.read(clock.instant()));
    }

    public List<Notification> all(Subject subject) {
        return notifications.allOf(Access.person(subject).id());
    }
}
