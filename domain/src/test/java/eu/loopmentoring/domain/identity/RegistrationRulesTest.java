package eu.loopmentoring.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.domain.fakes.InMemoryAttempts;
import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.fakes.PrefixHasher;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ThrottledException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    private static final Set<String> LIST = Set.of("passwordpassword", "qwertyuiop123");

    private final MutableClock clock = new MutableClock();
    private final Accounts accounts = new Accounts(
            new InMemoryPeople(),
            new PrefixHasher(),
            new InMemoryAudit(),
            clock,
            password -> LIST.contains(password.toLowerCase(Locale.ROOT)),
            Optional.of(new Accounts.RegistrationThrottle(
                    new InMemoryAttempts(), new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15)))));

    private static Registration of(String email, String password) {
        return new Registration(new Email(email), password, "Ana", "PT", "pt");
    }

    @Test
    void a_common_password_is_refused_in_any_letter_case_and_the_answer_says_why() {
        for (String common : LIST) {
            for (String variant : new String[] {common, common.toUpperCase(Locale.ROOT)}) {
                assertThatThrownBy(() -> accounts.register(of(UUID.randomUUID() + "@example.org", variant), "10.0.0.1"))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                                    assertThat(error.field()).isEqualTo("password");
                                    assertThat(error.message()).contains("most common passwords");
                                }));
            }
        }
    }

    @Test
    void a_known_email_in_any_letter_case_is_a_conflict() {
        accounts.register(of("ana@example.org", "a long enough password"), "10.0.0.1");

        for (String email : new String[] {"ANA@example.org", "Ana@Example.Org", " ana@EXAMPLE.ORG "}) {
            assertThatThrownBy(() -> accounts.register(of(email, "a long enough password"), "10.0.0." + email.length()))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void an_address_that_keeps_hitting_existing_emails_is_locked_out_until_the_lockout_ends() {
        accounts.register(of("kai@example.org", "a long enough password"), "10.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> accounts.register(of("KAI@example.org", "a long enough password"), "203.0.113.7"))
                    .isInstanceOf(ConflictException.class);
        }

        assertThatThrownBy(() -> accounts.register(of("new@example.org", "a long enough password"), "203.0.113.7"))
                .isInstanceOfSatisfying(
                        ThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        // another address is not concerned
        accounts.register(of("other@example.org", "a long enough password"), "203.0.113.8");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        accounts.register(of("new@example.org", "a long enough password"), "203.0.113.7");
    }
}
