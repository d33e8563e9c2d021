package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Opening accounts, and a person's view of their own. */
public class Accounts {

    private final People people;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public Accounts(People people, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.people = people;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Person register(Registration registration, String address) {
        PasswordPolicy.check(registration.password(), registration.email());
        Instant now = clock.instant();
        Person person = new Person(
                UUID.randomUUID(),
                registration.email(),
                hasher.hash(registration.password()),
                registration.displayName(),
                registration.country(),
                registration.preferredLanguage(),
                Set.of(),
                now,
                0);
        if (!people.add(person)) {
            throw new ConflictException("An account with this email already exists. Log in, or use another email.");
        }
        audit.record(AuditEvent.of(now, AuditEventType.ACCOUNT_REGISTERED, person.id(), person.id(), address, ""));
        return person;
    }

    public Person me(Subject subject) {
        UUID id = Access.person(subject).id();
        return people.find(id).orElseThrow(() -> new ObjectNotFoundException("person", id));
    }

    /**
     * Makes sure the configured first administrator exists (at start, from LOOP_ADMIN_EMAIL and
     * LOOP_ADMIN_PASSWORD). An existing account with that email is left as it is.
     */
    public Optional<Person> ensureFirstAdministrator(Email email, String password) {
        if (people.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        PasswordPolicy.check(password, email);
        Person admin = new Person(
                UUID.randomUUID(),
                email,
                hasher.hash(password),
                "Administrator",
                "EU",
                "en",
                Set.of(PlatformRole.ADMINISTRATOR),
                clock.instant(),
                0);
        return people.add(admin) ? Optional.of(admin) : Optional.empty();
    }
}
