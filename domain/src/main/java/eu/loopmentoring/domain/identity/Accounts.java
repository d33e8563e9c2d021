package eu.loopmentoring.domain.identity;

import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.domain.shared.ThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Opening accounts, and a person's view of their own. */
public class Accounts {

    /** Not a hash any password matches: federated people log in at their own issuer. */
    static final String NO_PASSWORD = "!federated";

    private static final String REGISTRATION_KEY_PREFIX = "registration:";

    /**
     * Registrations refused because the email exists, counted per address: each answer tells
     * whether an email has an account, so an address asking too often is locked out for a while.
     */
    public record RegistrationThrottle(LoginAttempts attempts, ThrottlePolicy perAddress) {}

    private final People people;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final CommonPasswords commonPasswords;
    private final Optional<RegistrationThrottle> throttle;

    public Accounts(People people, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this(people, hasher, audit, clock, CommonPasswords.NONE, Optional.empty());
    }

    public Accounts(
            People people,
            PasswordHasher hasher,
            AuditLog audit,
            Clock clock,
            CommonPasswords commonPasswords,
            Optional<RegistrationThrottle> throttle) {
        this.people = people;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.commonPasswords = commonPasswords;
        this.throttle = throttle;
    }

    /**
     * Opens an account. Emails are compared ignoring letter case ({@link Email}), so a known email
     * in any case is a conflict; the conflicts are what the registration throttle counts.
     */
    public Person register(Registration registration, String address) {
        Instant now = clock.instant();
        String addressKey = REGISTRATION_KEY_PREFIX + address;
        throttle.flatMap(t -> t.attempts().lockedUntil(addressKey, now)).ifPresent(until -> {
            Duration wait = Duration.between(now, until);
            throw new ThrottledException(
                    "Too many registrations for existing emails from this address.",
                    wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        });
        PasswordPolicy.check(registration.password(), registration.email(), commonPasswords);
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
            throttle.ifPresent(t -> t.attempts().recordFailure(addressKey, now, t.perAddress()));
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
     * The person behind an external issuer's token: the one linked to its subject, else the one
     * with its verified email (now linked), else a new person created from it. Without a link and
     * without a verified email there is nobody to be. People who arrive this way have no password
     * here: they log in at their issuer.
     */
    public Optional<Person> federate(FederatedLogin login, ExternalIdentities identities) {
        Optional<Person> linked =
                identities.personFor(login.issuer(), login.subject()).flatMap(people::find);
        if (linked.isPresent()) {
            return linked;
        }
        if (login.verifiedEmail().isEmpty()) {
            return Optional.empty();
        }
        Email email = login.verifiedEmail().get();
        Instant now = clock.instant();
        Person candidate = new Person(
                UUID.randomUUID(),
                email,
                NO_PASSWORD,
                login.name()
                        .map(String::strip)
                        .filter(n -> !n.isEmpty() && n.length() <= 100)
                        .orElse(email.value().substring(0, email.value().indexOf('@'))),
                login.country(),
                login.language(),
                Set.of(),
                now,
                0);
        if (people.add(candidate)) {
            audit.record(AuditEvent.of(
                    now,
                    AuditEventType.ACCOUNT_REGISTERED,
                    candidate.id(),
                    candidate.id(),
                    null,
                    "from " + login.issuer()));
        }
        Optional<Person> person = people.findByEmail(email);
        person.ifPresent(p -> identities.link(login.issuer(), login.subject(), p.id()));
        return identities.personFor(login.issuer(), login.subject()).flatMap(people::find);
    }

    /**
     * Makes sure the configured first administrator exists (at start, from LOOP_ADMIN_EMAIL and
     * LOOP_ADMIN_PASSWORD). An existing account with that email is left as it is.
     */
    public Optional<Person> ensureFirstAdministrator(Email email, String password) {
        if (people.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        PasswordPolicy.check(password, email, commonPasswords);
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
