package eu.loopmentoring.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryExternalIdentities;
import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.ExternalIdentity;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ClientSubject;
import eu.loopmentoring.domain.shared.PersonSubject;
import eu.loopmentoring.domain.shared.Scope;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalRecordsTest {

    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryExternalIdentities identities = new InMemoryExternalIdentities();
    private final PersonalRecords records = new PersonalRecords(audit, identities);

    private final PersonSubject ana = new PersonSubject(UUID.randomUUID(), Set.of());
    private final PersonSubject joao = new PersonSubject(UUID.randomUUID(), Set.of());

    @Test
    void the_security_events_are_those_by_or_about_the_person_newest_first() {
        AuditEvent registered = event("2026-01-01T10:00:00Z", AuditEventType.ACCOUNT_REGISTERED, ana.id(), ana.id());
        AuditEvent failed = event("2026-01-02T10:00:00Z", AuditEventType.LOGIN_FAILED, null, ana.id());
        AuditEvent rolesByAna =
                event("2026-01-03T10:00:00Z", AuditEventType.PLATFORM_ROLES_CHANGED, ana.id(), joao.id());
        event("2026-01-04T10:00:00Z", AuditEventType.LOGIN_SUCCEEDED, joao.id(), joao.id());
        event("2026-01-05T10:00:00Z", AuditEventType.LOGIN_FAILED, null, null);

        assertThat(records.securityEvents(ana)).containsExactly(rolesByAna, failed, registered);
    }

    @Test
    void the_external_identities_are_the_persons_own() {
        identities.link("https://idp.example/realms/loop", "ana-sub", ana.id());
        identities.link("https://idp.example/realms/loop", "joao-sub", joao.id());

        assertThat(records.externalIdentities(ana))
                .containsExactly(new ExternalIdentity("https://idp.example/realms/loop", "ana-sub"));
        assertThat(records.externalIdentities(new PersonSubject(UUID.randomUUID(), Set.of())))
                .isEmpty();
    }

    @Test
    void api_clients_have_no_personal_records() {
        ClientSubject partner = new ClientSubject(UUID.randomUUID(), UUID.randomUUID(), Set.of(Scope.values()));

        assertThatThrownBy(() -> records.securityEvents(partner)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.externalIdentities(partner)).isInstanceOf(AccessDeniedException.class);
    }

    private AuditEvent event(String at, AuditEventType type, UUID actor, UUID subject) {
        AuditEvent event = new AuditEvent(
                UUID.randomUUID(),
                Instant.parse(at),
                type,
                Optional.ofNullable(actor),
                Optional.ofNullable(subject),
                Optional.of("192.0.2.1"),
                "");
        audit.record(event);
        return event;
    }
}
