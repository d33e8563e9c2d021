package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What only administrators do: look people up, grant platform roles, read the audit log. */
public class PlatformAdministration {

    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    public PlatformAdministration(People people, AuditLog audit, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Person> people(Subject subject, Optional<String> emailPrefix, PageRequest page) {
        Access.administrator(subject);
        return people.list(emailPrefix, page);
    }

    public Person person(Subject subject, UUID id) {
        Access.administrator(subject);
        return people.find(id).orElseThrow(() -> new ObjectNotFoundException("person", id));
    }

    /**
     * Replaces the person's platform roles if they are still at the {@code expected} version. An
     * administrator cannot take away their own administrator role, so one always remains.
     */
    public Person replacePlatformRoles(Subject subject, UUID id, ExpectedVersion expected, Set<PlatformRole> roles) {
        PersonSubject admin = Access.administrator(subject);
        Person person = people.find(id).orElseThrow(() -> new ObjectNotFoundException("person", id));
        expected.check(person.version(), "person");
        if (admin.id().equals(id) && !roles.contains(PlatformRole.ADMINISTRATOR)) {
            throw new RuleViolationException("Administrators cannot withdraw their own administrator role.");
        }
        Person changed =
                people.update(person.withPlatformRoles(roles)).orElseThrow(() -> new StaleVersionException("person"));
        audit.record(AuditEvent.of(
                clock.instant(),
                AuditEventType.PLATFORM_ROLES_CHANGED,
                admin.id(),
                id,
                null,
                person.platformRoles() + " -> " + changed.platformRoles()));
        return changed;
    }

    public Page<AuditEvent> auditEvents(Subject subject, AuditFilter filter, PageRequest page) {
        Access.administrator(subject);
        return audit.list(filter, page);
    }
}
