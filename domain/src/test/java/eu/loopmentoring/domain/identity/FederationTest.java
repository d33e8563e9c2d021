package eu.loopmentoring.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.fakes.InMemoryAttempts;
import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryExternalIdentities;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.fakes.PrefixHasher;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FederationTest {

    private static final String REALM = "https://keycloak.example/realms/loop";

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final PrefixHasher hasher = new PrefixHasher();
    private final Accounts accounts = new Accounts(people, hasher, new InMemoryAudit(), clock);
    private final InMemoryExternalIdentities identities = new InMemoryExternalIdentities();

    private static FederatedLogin login(String subject, String email) {
        return new FederatedLogin(
                REALM,
                subject,
                Optional.ofNullable(email).map(Email::new),
                Optional.of("Kai Kask"),
                Optional.of("et-EE"));
    }

    @Test
    void a_first_visit_with_a_verified_email_creates_the_person_and_later_visits_find_them() {
        Person first =
                accounts.federate(login("kc-1", "kai@example.org"), identities).orElseThrow();

        assertThat(first.displayName()).isEqualTo("Kai Kask");
        assertThat(first.country()).isEqualTo("EE");
        assertThat(first.preferredLanguage()).isEqualTo("et");
        assertThat(accounts.federate(login("kc-1", null), identities)).contains(first);
    }

    @Test
    void an_existing_account_with_the_verified_email_is_linked_rather_than_duplicated() {
        Person existing = accounts.register(
                new Registration(new Email("kai@example.org"), "a long enough password", "Kai", "EE", "et"), "a");

        assertThat(accounts.federate(login("kc-2", "KAI@example.org"), identities))
                .contains(existing);
        assertThat(people.byId).hasSize(1);
    }

    @Test
    void without_a_link_or_a_verified_email_there_is_nobody_to_be() {
        assertThat(accounts.federate(login("kc-3", null), identities)).isEmpty();
        assertThat(people.byId).isEmpty();
    }

    @Test
    void a_federated_person_has_no_password_here() {
        accounts.federate(login("kc-4", "kai@example.org"), identities).orElseThrow();
        Authentication authentication = new Authentication(
                people,
                hasher,
                new InMemoryAttempts(),
                new InMemoryAudit(),
                new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new ThrottlePolicy(50, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                clock);

        assertThat(authentication.login("kai@example.org", "!federated", "a"))
                .isInstanceOf(LoginOutcome.Rejected.class);
        assertThat(authentication.login("kai@example.org", "", "a")).isInstanceOf(LoginOutcome.Rejected.class);
    }
}
