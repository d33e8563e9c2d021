package eu.loopmentoring.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryApiClients;
import eu.loopmentoring.domain.fakes.InMemoryAttempts;
import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.fakes.PrefixHasher;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.identity.Registration;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiClientRegistryTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final PrefixHasher hasher = new PrefixHasher();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryApiClients clients = new InMemoryApiClients();
    private final ApiClientRegistry registry = new ApiClientRegistry(
            clients,
            organizations,
            hasher,
            new InMemoryAttempts(),
            new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            audit,
            clock);

    private final Accounts accounts = new Accounts(people, hasher, audit, clock);
    private final Person admin = accounts.ensureFirstAdministrator(
                    new Email("admin@example.org"), "a long admin password")
            .orElseThrow();
    private final Person teacher = accounts.register(
            new Registration(new Email("t@example.org"), "a long enough password", "T", "PT", "pt"), "a");
    private final UUID university = organization();

    private UUID organization() {
        Organization o = new Organization(
                UUID.randomUUID(),
                "University",
                OrganizationKind.UNIVERSITY,
                "EE",
                Optional.empty(),
                List.of(),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(UUID.randomUUID()),
                Instant.now(),
                0);
        organizations.add(o);
        return o.id();
    }

    private IssuedSecret create(Set<Scope> scopes) {
        return registry.create(admin.asSubject(), "Integration", university, scopes);
    }

    @Test
    void the_secret_is_handed_out_once_and_kept_only_as_a_hash() {
        IssuedSecret issued = create(Set.of(Scope.RESOURCES_READ));

        assertThat(issued.value()).startsWith("loop_sk_").hasSizeGreaterThan(40);
        assertThat(clients.find(issued.client().id()).orElseThrow().secrets())
                .singleElement()
                .satisfies(s -> assertThat(s.hash()).isNotEqualTo(issued.value()));
        assertThat(registry.authenticate(issued.client().id().toString(), issued.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Authenticated.class);
        assertThat(audit.types()).contains(AuditEventType.API_CLIENT_CREATED);
    }

    @Test
    void only_administrators_manage_clients_and_only_for_registered_organisations() {
        assertThatThrownBy(() -> registry.create(teacher.asSubject(), "Mine", university, Set.of(Scope.RESOURCES_READ)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        registry.create(admin.asSubject(), "Nowhere", UUID.randomUUID(), Set.of(Scope.RESOURCES_READ)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void during_a_rotation_both_secrets_work_then_only_the_new_one() {
        IssuedSecret first = create(Set.of(Scope.RESOURCES_READ));
        String id = first.client().id().toString();

        IssuedSecret second = registry.rotate(admin.asSubject(), first.client().id(), Duration.ofHours(24));

        assertThat(registry.authenticate(id, first.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Authenticated.class);
        assertThat(registry.authenticate(id, second.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Authenticated.class);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(registry.authenticate(id, first.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Rejected.class);
        assertThat(registry.authenticate(id, second.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Authenticated.class);
    }

    @Test
    void a_rotation_without_overlap_retires_the_old_secret_at_once() {
        IssuedSecret first = create(Set.of(Scope.RESOURCES_READ));

        registry.rotate(admin.asSubject(), first.client().id(), Duration.ZERO);

        assertThat(registry.authenticate(first.client().id().toString(), first.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Rejected.class);
    }

    @Test
    void a_disabled_client_neither_authenticates_nor_acts_and_fewer_scopes_apply_at_once() {
        IssuedSecret issued = create(Set.of(Scope.RESOURCES_READ, Scope.ORGANIZATIONS_READ));
        UUID id = issued.client().id();

        ApiClient narrowed = registry.change(
                admin.asSubject(),
                id,
                ExpectedVersion.of(0),
                Optional.empty(),
                Optional.of(Set.of(Scope.RESOURCES_READ)),
                Optional.empty());
        assertThat(registry.subject(id, Set.of(Scope.RESOURCES_READ, Scope.ORGANIZATIONS_READ))
                        .orElseThrow()
                        .scopes())
                .containsExactly(Scope.RESOURCES_READ);

        registry.change(
                admin.asSubject(),
                id,
                ExpectedVersion.of(narrowed.version()),
                Optional.empty(),
                Optional.empty(),
                Optional.of(false));
        assertThat(registry.authenticate(id.toString(), issued.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Rejected.class);
        assertThat(registry.subject(id, Set.of(Scope.RESOURCES_READ))).isEmpty();
        assertThatThrownBy(() -> registry.change(
                        admin.asSubject(),
                        id,
                        ExpectedVersion.of(0),
                        Optional.of("x"),
                        Optional.empty(),
                        Optional.empty()))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void a_token_carries_the_scopes_asked_for_and_never_more_than_granted() {
        IssuedSecret issued = create(Set.of(Scope.RESOURCES_READ, Scope.ORGANIZATIONS_READ));
        String id = issued.client().id().toString();

        assertThat(registry.authenticate(id, issued.value(), Set.of("organizations:read"), "a"))
                .isEqualTo(new ClientLoginOutcome.Authenticated(
                        clients.find(issued.client().id()).orElseThrow(), Set.of(Scope.ORGANIZATIONS_READ)));
        assertThat(registry.authenticate(id, issued.value(), Set.of("analytics:read"), "a"))
                .isEqualTo(new ClientLoginOutcome.ScopeRefused("analytics:read"));
        assertThat(registry.authenticate(id, issued.value(), Set.of("admin"), "a"))
                .isInstanceOf(ClientLoginOutcome.ScopeRefused.class);
        assertThat(audit.types()).contains(AuditEventType.TOKEN_ISSUED);
    }

    @Test
    void wrong_secrets_are_throttled_like_passwords() {
        IssuedSecret issued = create(Set.of(Scope.RESOURCES_READ));
        String id = issued.client().id().toString();
        for (int i = 0; i < 5; i++) {
            assertThat(registry.authenticate(id, "guess " + i, Set.of(), "a"))
                    .isInstanceOf(ClientLoginOutcome.Rejected.class);
        }

        assertThat(registry.authenticate(id, issued.value(), Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Throttled.class);
        assertThat(registry.authenticate("not-a-client", "x", Set.of(), "a"))
                .isInstanceOf(ClientLoginOutcome.Rejected.class);
    }
}
