package eu.loopmentoring.domain.partner;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.identity.PasswordHasher;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.shared.Access;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.Subject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Partner institutions' API clients: administrators create them, change their scopes, disable
 * them and rotate their secrets (with a period in which old and new both work); clients prove who
 * they are with a secret, under the same brute-force limits as people.
 */
public class ApiClientRegistry {

    static final String SECRET_PREFIX = "loop_sk_";
    static final Duration MAXIMUM_OVERLAP = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClients clients;
    private final Organizations organizations;
    private final PasswordHasher hasher;
    private final LoginAttempts attempts;
    private final ThrottlePolicy throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final String decoyHash;

    public ApiClientRegistry(
            ApiClients clients,
            Organizations organizations,
            PasswordHasher hasher,
            LoginAttempts attempts,
            ThrottlePolicy throttle,
            AuditLog audit,
            Clock clock) {
        this.clients = clients;
        this.organizations = organizations;
        this.hasher = hasher;
        this.attempts = attempts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash(SECRET_PREFIX + "decoy");
    }

    public IssuedSecret create(Subject subject, String name, UUID organizationId, Set<Scope> scopes) {
        PersonSubject admin = Access.administrator(subject);
        if (organizations.find(organizationId).isEmpty()) {
            throw InvalidInputException.of("organizationId", "is not a registered organisation");
        }
        Instant now = clock.instant();
        String secret = newSecret();
        ApiClient client = new ApiClient(
                UUID.randomUUID(),
                name.strip(),
                organizationId,
                scopes,
                true,
                List.of(new ApiClientSecret(UUID.randomUUID(), hasher.hash(secret), now, Optional.empty())),
                admin.id(),
                now,
                0);
        clients.add(client);
        audit.record(
                AuditEvent.of(now, AuditEventType.API_CLIENT_CREATED, admin.id(), client.id(), null, scopesOf(client)));
        return new IssuedSecret(client, secret, Optional.empty());
    }

    public ApiClient get(Subject subject, UUID id) {
        Access.administrator(subject);
        return clients.find(id).orElseThrow(() -> new ObjectNotFoundException("API client", id));
    }

    public Page<ApiClient> list(Subject subject, Optional<UUID> organizationId, PageRequest page) {
        Access.administrator(subject);
        return clients.list(organizationId, page);
    }

    public ApiClient change(
            Subject subject,
            UUID id,
            ExpectedVersion expected,
            Optional<String> name,
            Optional<Set<Scope>> scopes,
            Optional<Boolean> enabled) {
        PersonSubject admin = Access.administrator(subject);
        ApiClient client = get(subject, id);
        expected.check(client.version(), "API client");
        ApiClient changed = clients.update(client.with(
                        name.map(String::strip).orElse(client.name()),
                        scopes.orElse(client.scopes()),
                        enabled.orElse(client.enabled())))
                .orElseThrow(() -> new StaleVersionException("API client"));
        audit.record(AuditEvent.of(
                clock.instant(),
                AuditEventType.API_CLIENT_CHANGED,
                admin.id(),
                id,
                null,
                (changed.enabled() ? "enabled" : "disabled") + "; " + scopesOf(changed)));
        return changed;
    }

    /** A new secret; the earlier ones keep working for {@code overlap}, then expire. */
    public IssuedSecret rotate(Subject subject, UUID id, Duration overlap) {
        PersonSubject admin = Access.administrator(subject);
        if (overlap.isNegative() || overlap.compareTo(MAXIMUM_OVERLAP) > 0) {
            throw new RuleViolationException("The earlier secrets may stay valid for 0 to 168 hours.");
        }
        ApiClient client = get(subject, id);
        Instant now = clock.instant();
        Instant previousEnd = now.plus(overlap);
        List<ApiClientSecret> secrets = new ArrayList<>();
        client.secrets().stream()
                .filter(s -> s.validAt(now))
                .map(s -> s.expiringBy(previousEnd))
                .forEach(secrets::add);
        String secret = newSecret();
        secrets.add(new ApiClientSecret(UUID.randomUUID(), hasher.hash(secret), now, Optional.empty()));
        ApiClient rotated =
                clients.update(client.withSecrets(secrets)).orElseThrow(() -> new StaleVersionException("API client"));
        audit.record(AuditEvent.of(
                now,
                AuditEventType.API_CLIENT_SECRET_ROTATED,
                admin.id(),
                id,
                null,
                "earlier secrets expire at " + previousEnd));
        return new IssuedSecret(rotated, secret, Optional.of(previousEnd));
    }

    /**
     * Checks a client's id and secret for a token with the {@code requested} scopes (all the
     * client's scopes when empty). Every refusal of the credentials looks the same, costs the same
     * hashing, and counts towards the client's lock.
     */
    public ClientLoginOutcome authenticate(String clientId, String secret, Set<String> requested, String address) {
        Instant now = clock.instant();
        String key = "client:" + clientId;
        Optional<Instant> locked = attempts.lockedUntil(key, now);
        if (locked.isPresent()) {
            return new ClientLoginOutcome.Throttled(Duration.between(now, locked.get()));
        }
        Optional<ApiClient> client = parse(clientId).flatMap(clients::find);
        List<String> hashes = client.map(c -> c.secrets().stream()
                        .filter(s -> s.validAt(now))
                        .map(ApiClientSecret::hash)
                        .toList())
                .filter(h -> !h.isEmpty())
                .orElse(List.of(decoyHash));
        boolean matches = false;
        for (String hash : hashes) {
            matches |= hasher.matches(secret == null ? "" : secret, hash);
        }
        if (client.isPresent() && client.get().enabled() && matches) {
            attempts.clear(key);
            Set<Scope> granted = new java.util.TreeSet<>();
            for (String value : requested) {
                Optional<Scope> scope = Scope.parse(value).filter(client.get().scopes()::contains);
                if (scope.isEmpty()) {
                    return new ClientLoginOutcome.ScopeRefused(value);
                }
                granted.add(scope.get());
            }
            Set<Scope> scopes = granted.isEmpty() ? client.get().scopes() : Set.copyOf(granted);
            audit.record(AuditEvent.of(
                    now,
                    AuditEventType.TOKEN_ISSUED,
                    client.get().id(),
                    client.get().id(),
                    address,
                    "scopes " + scopes.stream().map(Scope::value).sorted().toList()));
            return new ClientLoginOutcome.Authenticated(client.get(), scopes);
        }
        attempts.recordFailure(key, now, throttle);
        return new ClientLoginOutcome.Rejected();
    }

    /** The subject behind a client token: only while the client is enabled, only its scopes still allowed. */
    public Optional<ClientSubject> subject(UUID id, Set<Scope> granted) {
        return clients.find(id).filter(ApiClient::enabled).map(c -> c.asSubject(granted));
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String scopesOf(ApiClient client) {
        return "scopes " + client.scopes().stream().map(Scope::value).toList();
    }
}
