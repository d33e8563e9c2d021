package eu.loopmentoring.domain.privacy;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * A person erases their own account: their personal data is deleted or made anonymous at once, and
 * with the account every token of theirs stops working. Nobody erases someone else's account here;
 * the platform always keeps one administrator.
 */
public class AccountErasure {

    private final People people;
    private final PersonalData personalData;
    private final AuditLog audit;
    private final Clock clock;

    public AccountErasure(People people, PersonalData personalData, AuditLog audit, Clock clock) {
        this.people = people;
        this.personalData = personalData;
        this.audit = audit;
        this.clock = clock;
    }

    public void erase(Subject subject) {
        UUID id = Access.person(subject).id();
        Person person = people.find(id).orElseThrow(() -> new ObjectNotFoundException("person", id));
        Set<UUID> administrators = personalData.administratorsLocked();
        if (administrators.contains(id) && administrators.size() == 1) {
            throw new RuleViolationException("The only administrator cannot erase their account: give another"
                    + " person the administrator role first.");
        }
        personalData.eraseEverythingAbout(id, person.email());
        // That an erasure happened, and when; nothing that points to whom.
        audit.record(AuditEvent.of(clock.instant(), AuditEventType.ACCOUNT_ERASED, null, null, null, ""));
    }
}
