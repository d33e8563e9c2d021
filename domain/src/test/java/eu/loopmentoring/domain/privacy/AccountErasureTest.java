package eu.loopmentoring.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonalData;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.Scope;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountErasureTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryPersonalData personalData = new InMemoryPersonalData(
            people,
            audit,
            new InMemoryOrganizationMemberships(people, new InMemoryOrganizations()),
            new InMemoryCoalitionMemberships());
    private final AccountErasure erasure = new AccountErasure(people, personalData, audit, clock);

    @Test
    void a_person_erases_everything_about_themselves_and_the_log_says_so_without_naming_them() {
        Person ana = person("ana@example.eu");
        person("joao@example.eu");

        erasure.erase(ana.asSubject());

        assertThat(people.find(ana.id())).isEmpty();
        assertThat(people.findByEmail(ana.email())).isEmpty();
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(AuditEventType.ACCOUNT_ERASED);
            assertThat(event.occurredAt()).isEqualTo(clock.instant());
            assertThat(event.actorId()).isEmpty();
            assertThat(event.subjectId()).isEmpty();
            assertThat(event.ipAddress()).isEmpty();
            assertThat(event.detail()).isEmpty();
        });
    }

    @Test
    void the_subject_is_the_only_person_ever_erased() {
        Person ana = person("ana@example.eu");
        Person joao = person("joao@example.eu");

        erasure.erase(joao.asSubject());

        assertThat(people.find(joao.id())).isEmpty();
        assertThat(people.find(ana.id())).contains(ana);
    }

    @Test
    void an_api_client_cannot_erase_anything() {
        Person ana = person("ana@example.eu");
        ClientSubject partner = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.values()));

        assertThatThrownBy(() -> erasure.erase(partner)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.find(ana.id())).contains(ana);
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void a_person_already_erased_is_not_found() {
        Person ana = person("ana@example.eu");
        PersonSubject ghost = new PersonSubject(UUID.randomUUID(), Set.of());

        assertThatThrownBy(() -> erasure.erase(ghost)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(people.find(ana.id())).contains(ana);
    }

    @Test
    void the_only_administrator_cannot_erase_their_account() {
        Person admin = administrator("admin@example.eu");
        person("ana@example.eu");

        assertThatThrownBy(() -> erasure.erase(admin.asSubject()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("administrator role");
        assertThat(people.find(admin.id())).contains(admin);
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void an_administrator_erases_their_account_when_another_one_remains() {
        Person admin = administrator("admin@example.eu");
        Person second = administrator("second.admin@example.eu");

        erasure.erase(admin.asSubject());

        assertThat(people.find(admin.id())).isEmpty();
        assertThat(people.find(second.id())).contains(second);
    }

    private Person person(String email) {
        Person person = new Person(
                UUID.randomUUID(),
                new Email(email),
                "hashed:x",
                "Someone",
                "PT",
                "pt",
                Set.of(),
                Instant.parse("2026-01-01T00:00:00Z"),
                0);
        people.add(person);
        return person;
    }

    private Person administrator(String email) {
        Person person = person(email);
        Person admin = people.update(person.withPlatformRoles(Set.of(PlatformRole.ADMINISTRATOR)))
                .orElseThrow();
        return admin;
    }
}
