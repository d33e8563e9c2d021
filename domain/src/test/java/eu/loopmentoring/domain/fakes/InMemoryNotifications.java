package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.Notifications;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryNotifications implements Notifications {
    public final Map<UUID, Notification> byId = new LinkedHashMap<>();

    @Override
    public void add(Notification notification) {
        byId.put(notification.id(), notification);
    }

    @Override
    public Optional<Notification> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Notification update(Notification notification) {
        byId.put(notification.id(), notification);
        return notification;
    }

    @Override
    public Page<Notification> of(UUID recipient, boolean unreadOnly, PageRequest page) {
        return FakePages.byKeyDescending(
                byId.values().stream()
                        .filter(n -> n.recipientId().equals(recipient))
                        .filter(n -> !unreadOnly || !n.isRead()),
                page,
                InMemoryNotifications::key);
    }

    @Override
    public List<Notification> allOf(UUID recipient) {
        return byId.values().stream()
                .filter(n -> n.recipientId().equals(recipient))
                .sorted(Comparator.comparing(InMemoryNotifications::key, FakePages.KEY_ORDER.reversed()))
                .toList();
    }

    /** The kinds of the recipient's notifications, in the order they were added. */
    public List<NotificationKind> kindsFor(UUID recipient) {
        return byId.values().stream()
                .filter(n -> n.recipientId().equals(recipient))
                .map(Notification::kind)
                .toList();
    }

    private static List<String> key(Notification notification) {
        return List.of(
                FakePages.sortable(notification.createdAt()), notification.id().toString());
    }
}
