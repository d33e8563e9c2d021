package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.mentoring.NotificationKind;
import eu.loopmentoring.domain.mentoring.Notifications;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What any {@link Notifications} must do. */
public abstract class NotificationsContract extends PortContract {

    protected abstract Notifications notifications();

    private Notification notify(UUID recipient, Instant at) {
        Notification notification = new Notification(
                UUID.randomUUID(),
                recipient,
                NotificationKind.PROPOSAL_RECEIVED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                at,
                Optional.empty());
        notifications().add(notification);
        return notification;
    }

    /** Newest first; of two at the same instant, the larger id first (as the database orders uuids). */
    private static final Comparator<Notification> NEWEST_FIRST = Comparator.comparing(Notification::createdAt)
            .thenComparing(n -> n.id().toString())
            .reversed();

    @Test
    void aNotificationIsReadBackAndItsReadingKept() {
        UUID recipient = aPerson("Recipient").id();
        Notification added = notify(recipient, T0);

        assertThat(notifications().find(added.id())).contains(added);
        assertThat(notifications().find(UUID.randomUUID())).isEmpty();

        Notification read = notifications().update(added.read(T0.plusSeconds(30)));

        assertThat(read.readAt()).contains(T0.plusSeconds(30));
        assertThat(notifications().find(added.id())).contains(read);
    }

    @Test
    void anInboxIsNewestFirstInKeysetPagesEvenWhenSeveralShareAnInstant() {
        UUID recipient = aPerson("Recipient").id();
        List<Notification> added = IntStream.range(0, 7)
                .mapToObj(i -> notify(recipient, T0.plusSeconds(i % 3)))
                .toList();
        notify(aPerson("Someone else").id(), T0.plusSeconds(1));

        List<Notification> inbox = allPages(2, page -> notifications().of(recipient, false, page));

        assertThat(inbox)
                .containsExactlyElementsOf(added.stream().sorted(NEWEST_FIRST).toList());
        assertThat(notifications().allOf(recipient)).containsExactlyElementsOf(inbox);
    }

    @Test
    void unreadOnlyLeavesTheReadOnesOut() {
        UUID recipient = aPerson("Recipient").id();
        Notification first = notify(recipient, T0);
        Notification second = notify(recipient, T0.plusSeconds(1));
        Notification third = notify(recipient, T0.plusSeconds(2));
        notifications().update(second.read(T0.plusSeconds(5)));

        assertThat(allPages(1, page -> notifications().of(recipient, true, page)))
                .containsExactly(third, first);
        assertThat(notifications()
                        .of(recipient, false, eu.loopmentoring.domain.shared.PageRequest.first(10))
                        .items())
                .hasSize(3);
    }
}
