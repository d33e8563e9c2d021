package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every person's notifications. */
public interface Notifications {

    void add(Notification notification);

    Optional<Notification> find(UUID id);

    Notification update(Notification notification);

    /** Newest first; only unread ones when {@code unreadOnly}. */
    Page<Notification> of(UUID recipient, boolean unreadOnly, PageRequest page);

    List<Notification> allOf(UUID recipient);
}
