package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.AuditFilter;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.People;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What any {@link AuditLog} must do. Events point to people by id only: no row needs a person. */
public abstract class AuditLogContract extends PortContract {

    protected abstract AuditLog audit();

    @Override
    protected People people() {
        throw new UnsupportedOperationException("the audit log needs no people");
    }

    private AuditEvent recorded(int secondsAfterT0, AuditEventType type, UUID actor, UUID subject) {
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                T0.plusSeconds(secondsAfterT0),
                type,
                Optional.ofNullable(actor),
                Optional.ofNullable(subject),
                Optional.of("192.0.2.7"),
                "detail " + secondsAfterT0);
        audit().record(event);
        return event;
    }

    @Test
    void theEventsOfASubjectAreListedNewestFirstInKeysetPagesNarrowedByType() {
        UUID subject = UUID.randomUUID();
        AuditEvent first = recorded(1, AuditEventType.LOGIN_FAILED, null, subject);
        AuditEvent second = recorded(2, AuditEventType.LOGIN_SUCCEEDED, subject, subject);
        AuditEvent third = recorded(3, AuditEventType.LOGIN_FAILED, null, subject);
        AuditEvent sameInstant = recorded(3, AuditEventType.LOGIN_FAILED, null, subject);
        recorded(4, AuditEventType.LOGIN_FAILED, null, UUID.randomUUID());

        List<AuditEvent> all =
                allPages(2, page -> audit().list(new AuditFilter(Optional.empty(), Optional.of(subject)), page));
        List<AuditEvent> failures = allPages(
                1,
                page -> audit().list(
                                new AuditFilter(Optional.of(AuditEventType.LOGIN_FAILED), Optional.of(subject)), page));

        List<AuditEvent> atTheSameInstant = Stream.of(third, sameInstant)
                .sorted(Comparator.comparing((AuditEvent e) -> e.id().toString())
                        .reversed())
                .toList();
        assertThat(all).containsExactly(atTheSameInstant.get(0), atTheSameInstant.get(1), second, first);
        assertThat(failures).containsExactly(atTheSameInstant.get(0), atTheSameInstant.get(1), first);
    }

    @Test
    void theListWithoutAFilterHoldsEveryType() {
        UUID subject = UUID.randomUUID();
        AuditEvent created = recorded(10, AuditEventType.API_CLIENT_CREATED, null, subject);
        AuditEvent rotated = recorded(11, AuditEventType.API_CLIENT_SECRET_ROTATED, null, subject);

        List<AuditEvent> listed =
                allPages(50, page -> audit().list(new AuditFilter(Optional.empty(), Optional.empty()), page));

        assertThat(listed)
                .filteredOn(e -> e.subjectId().equals(Optional.of(subject)))
                .containsExactly(rotated, created);
    }

    @Test
    void theEventsInvolvingAPersonAreThoseTheyDidAndThoseAboutThemNewestFirst() {
        UUID person = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        AuditEvent theyDid = recorded(1, AuditEventType.PLATFORM_ROLES_CHANGED, person, other);
        AuditEvent aboutThem = recorded(2, AuditEventType.LOGIN_FAILED, null, person);
        AuditEvent both = recorded(3, AuditEventType.LOGIN_SUCCEEDED, person, person);
        recorded(4, AuditEventType.LOGIN_SUCCEEDED, other, other);

        assertThat(audit().involving(person)).containsExactly(both, aboutThem, theyDid);
        assertThat(audit().involving(UUID.randomUUID())).isEmpty();
    }
}
