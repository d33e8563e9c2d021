package eu.loopmentoring.domain.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Password login with brute-force protection: repeated failures for one account, or from one
 * address, lock further attempts for a while, whatever the password. Unknown emails cost the same
 * hash computation as known ones, so response time does not reveal which emails exist.
 */
public class Authentication {

    private static final String ACCOUNT_KEY_PREFIX = "account:";

    private final People people;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final ThrottlePolicy perAccount;
    private final ThrottlePolicy perAddress;
    private final Clock clock;
    private final String decoyHash;

    public Authentication(
            People people,
            PasswordHasher hasher,
            LoginAttempts attempts,
            AuditLog audit,
            ThrottlePolicy perAccount,
            ThrottlePolicy perAddress,
            Clock clock) {
        this.people = people;
        this.hasher = hasher;
        this.attempts = attempts;
        this.audit = audit;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy password that nobody has");
    }

    public LoginOutcome login(String username, String password, String address) {
        Instant now = clock.instant();
        Optional<Email> email = parse(username);
        String accountKey = ACCOUNT_KEY_PREFIX + email.map(Email::value).orElse(username);
        String addressKey = "address:" + address;

        Optional<Person> person = email.flatMap(people::findByEmail);
        // Audit entries name the person by id, never by the email typed, which may be anyone's.
        UUID subject = person.map(Person::id).orElse(null);

        Optional<Instant> lockedUntil = Stream.of(accountKey, addressKey)
                .map(key -> attempts.lockedUntil(key, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (lockedUntil.isPresent()) {
            audit.record(AuditEvent.of(
                    now,
                    AuditEventType.LOGIN_THROTTLED,
                    null,
                    subject,
                    address,
                    "attempt refused while locked until " + lockedUntil.get()));
            return new LoginOutcome.Throttled(retryAfter(now, lockedUntil.get()));
        }

        boolean matches = hasher.matches(
                password == null ? "" : password,
                person.map(Person::passwordHash).orElse(decoyHash));
        if (person.isPresent() && matches) {
            attempts.clear(accountKey);
            audit.record(AuditEvent.of(
                    now,
                    AuditEventType.LOGIN_SUCCEEDED,
                    person.get().id(),
                    person.get().id(),
                    address,
                    ""));
            return new LoginOutcome.Authenticated(person.get());
        }

        audit.record(AuditEvent.of(now, AuditEventType.LOGIN_FAILED, null, subject, address, ""));
        attempts.recordFailure(accountKey, now, perAccount);
        attempts.recordFailure(addressKey, now, perAddress);
        // The failure that starts a lockout is a security event of its own, whoever tries next.
        for (String key : List.of(accountKey, addressKey)) {
            String what = key.equals(accountKey) ? "account" : "address";
            attempts.lockedUntil(key, now)
                    .ifPresent(until -> audit.record(AuditEvent.of(
                            now,
                            AuditEventType.LOGIN_THROTTLED,
                            null,
                            subject,
                            address,
                            "repeated failures locked the " + what + " until " + until)));
        }
        return new LoginOutcome.Rejected();
    }

    /** The key under which failed logins for this email are counted. */
    public static String accountKey(Email email) {
        return ACCOUNT_KEY_PREFIX + email.value();
    }

    private static Optional<Email> parse(String username) {
        try {
            return Optional.of(new Email(username == null ? "" : username));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Duration retryAfter(Instant now, Instant until) {
        Duration wait = Duration.between(now, until);
        return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
    }
}
