package eu.loopmentoring.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountErasureTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final RecordingPersonalData personalData = new RecordingPersonalData();
    private final AccountErasure erasure = new AccountErasure(people, personalData, audit, clock);

    @Test
    void a_person_erases_everything_about_themselves_and_the_log_says_so_without_naming_them() {
        Person ana = person("ana@example.eu");
        person("joao@example.eu");

        erasure.erase(ana.asSubject());

        assertThat(personalData.erased).containsExactly(new Erased(ana.id(), ana.email()));
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

        assertThat(personalData.erased).extracting(Erased::personId).containsExactly(joao.id());
        assertThat(personalData.erased).extracting(Erased::personId).doesNotContain(ana.id());
    }

    @Test
    void an_api_client_cannot_erase_anything() {
        ClientSubject partner = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.values()));

        assertThatThrownBy(() -> erasure.erase(partner)).isInstanceOf(AccessDeniedException.class);
        assertThat(personalData.erased).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void a_person_already_erased_is_not_found() {
        PersonSubject ghost = new PersonSubject(UUID.randomUUID(), Set.of());

        assertThatThrownBy(() -> erasure.erase(ghost)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(personalData.erased).isEmpty();
    }

    @Test
    void the_only_administrator_cannot_erase_their_account() {
        Person admin = administrator("admin@example.eu");
        person("ana@example.eu");

        assertThatThrownBy(() -> erasure.erase(admin.asSubject()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("administrator role");
        assertThat(personalData.erased).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void an_administrator_erases_their_account_when_another_one_remains() {
        Person admin = administrator("admin@example.eu");
        administrator("second.admin@example.eu");

        erasure.erase(admin.asSubject());

        assertThat(personalData.erased).extracting(Erased::personId).containsExactly(admin.id());
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
        personalData.administrators.add(admin.id());
        return admin;
    }

    record Erased(UUID personId, Email email) {}

    static final class RecordingPersonalData implements PersonalData {
        final Set<UUID> administrators = new HashSet<>();
        final List<Erased> erased = new ArrayList<>();

        @Override
        public Set<UUID> administratorsLocked() {
            return Set.copyOf(administrators);
        }

        @Override
        public void eraseEverythingAbout(UUID personId, Email email) {
            erased.add(new Erased(personId, email));
            administrators.remove(personId);
        }
    }
}
