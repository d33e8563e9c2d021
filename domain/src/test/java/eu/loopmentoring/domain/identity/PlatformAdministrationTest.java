package eu.loopmentoring.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.fakes.PrefixHasher;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.StaleVersionException;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlatformAdministrationTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final Accounts accounts = new Accounts(people, new PrefixHasher(), audit, clock);
    private final PlatformAdministration administration = new PlatformAdministration(people, audit, clock);

    private final Person admin = accounts.ensureFirstAdministrator(
                    new Email("admin@example.org"), "a long admin password")
            .orElseThrow();
    private final Person ana = accounts.register(
            new Registration(new Email("ana@example.org"), "correct horse battery", "Ana", "PT", "pt"), "a");

    @Test
    void an_administrator_grants_a_role_and_the_change_is_audited() {
        Person changed = administration.replacePlatformRoles(
                admin.asSubject(), ana.id(), ExpectedVersion.of(ana.version()), Set.of(PlatformRole.MODERATOR));

        assertThat(changed.platformRoles()).containsExactly(PlatformRole.MODERATOR);
        assertThat(changed.version()).isEqualTo(ana.version() + 1);
        assertThat(audit.types()).contains(AuditEventType.PLATFORM_ROLES_CHANGED);
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        administration.replacePlatformRoles(
                admin.asSubject(), ana.id(), ExpectedVersion.of(ana.version()), Set.of(PlatformRole.MODERATOR));

        assertThatThrownBy(() -> administration.replacePlatformRoles(
                        admin.asSubject(), ana.id(), ExpectedVersion.of(ana.version()), Set.of()))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void an_administrator_cannot_withdraw_their_own_administrator_role() {
        assertThatThrownBy(() -> administration.replacePlatformRoles(
                        admin.asSubject(),
                        admin.id(),
                        ExpectedVersion.of(admin.version()),
                        Set.of(PlatformRole.MODERATOR)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void people_who_are_not_administrators_and_api_clients_are_refused() {
        ClientSubject partner = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.values()));

        assertThatThrownBy(() -> administration.replacePlatformRoles(
                        ana.asSubject(),
                        ana.id(),
                        ExpectedVersion.of(ana.version()),
                        Set.of(PlatformRole.ADMINISTRATOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.person(partner, ana.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(people.find(ana.id()).orElseThrow().platformRoles()).isEmpty();
    }

    @Test
    void registration_refuses_weak_passwords_and_second_accounts() {
        assertThatThrownBy(() -> accounts.register(
                        new Registration(new Email("bo@example.org"), "short", "Bo", "FI", "fi"), "a"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> accounts.register(
                        new Registration(new Email("bo@example.org"), "BO@example.org", "Bo", "FI", "fi"), "a"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.register(
                        new Registration(new Email("ANA@example.org"), "another long password", "Ana 2", "PT", "pt"),
                        "a"))
                .isInstanceOf(ConflictException.class);
    }
}
