package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.Inbox;
import eu.loopmentoring.domain.mentoring.Notification;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.NotificationsApi;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A person's own notifications. */
@Path("/") // the generated interfaces carry full paths on their methods
public class NotificationsResourceV1 implements NotificationsApi {

    private final Inbox inbox;
    private final MentoringDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    NotificationsResourceV1(Inbox inbox, MentoringDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMyNotifications(Integer limit, String cursor, Boolean unread) {
        Subject subject = current.require();
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        String scope = Cursors.scope("notifications", "recipient", subject.id(), "unread", unreadOnly);
        Page<Notification> page = inbox.notifications(subject, unreadOnly, cursors.request(limit, cursor, scope));
        return Response.ok(mapper.notifications(page, cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response markMyNotificationRead(UUID notificationId) {
        return Response.ok(mapper.toDto(inbox.markRead(current.require(), notificationId)))
                .build();
    }
}
