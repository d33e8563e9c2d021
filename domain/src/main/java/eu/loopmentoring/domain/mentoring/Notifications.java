package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
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

    /** Tells one side of a proposal. */
    default void tell(MentoringProposal proposal, Side side, NotificationKind kind, Instant now) {
        add(Notification.about(proposal, proposal.personOn(side), kind, now));
    }

    /** Tells every participant of the relationship but {@code person}, who did it. */
    default void tellOthers(MentoringRelationship relationship, UUID person, NotificationKind kind, Instant now) {
        relationship.othersThan(person).forEach(other -> add(Notification.about(relationship, other, kind, now)));
    }
}
