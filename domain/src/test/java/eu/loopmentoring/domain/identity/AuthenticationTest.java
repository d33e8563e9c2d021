package eu.loopmentoring.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.fakes.InMemoryAttempts;
import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.MutableClock;
import eu.loopmentoring.domain.fakes.PrefixHasher;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryPeople people = new InMemoryPeople();
    private final PrefixHasher hasher = new PrefixHasher();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final Authentication authentication = new Authentication(
            people,
            hasher,
            new InMemoryAttempts(),
            audit,
            new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new ThrottlePolicy(20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            clock);

    @BeforeEach
    void registerAna() {
        new Accounts(people, hasher, audit, clock)
                .register(
                        new Registration(new Email("Ana@Example.org"), "correct horse battery", "Ana", "PT", "pt"),
                        "10.0.0.1");
    }

    @Test
    void the_right_password_logs_in_whatever_the_case_of_the_email() {
        LoginOutcome outcome = authentication.login(" ana@EXAMPLE.org ", "correct horse battery", "10.0.0.1");

        assertThat(outcome).isInstanceOf(LoginOutcome.Authenticated.class);
        assertThat(audit.types()).contains(AuditEventType.LOGIN_SUCCEEDED);
    }

    @Test
    void an_unknown_email_and_a_wrong_password_are_indistinguishable_and_cost_the_same_hashing() {
        int before = hasher.calls;
        LoginOutcome unknown = authentication.login("nobody@example.org", "whatever it is", "10.0.0.1");
        int unknownCost = hasher.calls - before;
        before = hasher.calls;
        LoginOutcome wrong = authentication.login("ana@example.org", "wrong password!!", "10.0.0.1");
        int wrongCost = hasher.calls - before;

        assertThat(unknown).isEqualTo(wrong).isInstanceOf(LoginOutcome.Rejected.class);
        assertThat(unknownCost).isEqualTo(wrongCost).isEqualTo(1);
    }

    @Test
    void five_failures_lock_the_account_even_for_the_right_password_until_the_lockout_ends() {
        for (int i = 0; i < 5; i++) {
            assertThat(authentication.login("ana@example.org", "guess " + i + " is wrong", "10.0.0." + i))
                    .isInstanceOf(LoginOutcome.Rejected.class);
        }

        LoginOutcome locked = authentication.login("ana@example.org", "correct horse battery", "10.0.0.9");
        assertThat(locked).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(((LoginOutcome.Throttled) locked).retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(audit.types()).contains(AuditEventType.LOGIN_THROTTLED);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(authentication.login("ana@example.org", "correct horse battery", "10.0.0.9"))
                .isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void one_address_failing_across_many_accounts_is_locked_too() {
        for (int i = 0; i < 20; i++) {
            authentication.login("someone" + i + "@example.org", "not the password", "203.0.113.7");
        }

        assertThat(authentication.login("ana@example.org", "correct horse battery", "203.0.113.7"))
                .isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(authentication.login("ana@example.org", "correct horse battery", "198.51.100.1"))
                .isInstanceOf(LoginOutcome.Authenticated.class);
    }

    @Test
    void the_failure_that_starts_a_lockout_and_each_refused_attempt_are_audited() {
        for (int i = 0; i < 5; i++) {
            authentication.login("ana@example.org", "guess " + i + " is wrong", "10.0.0." + i);
        }
        assertThat(audit.events())
                .filteredOn(e -> e.type() == AuditEventType.LOGIN_THROTTLED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).contains("locked the account until");
                    assertThat(e.subjectId()).isPresent();
                    assertThat(e.ipAddress()).contains("10.0.0.4");
                });

        authentication.login("ana@example.org", "correct horse battery", "10.0.0.9");

        assertThat(audit.events())
                .filteredOn(e -> e.type() == AuditEventType.LOGIN_THROTTLED)
                .hasSize(2)
                .last()
                .satisfies(e -> assertThat(e.detail()).contains("refused while locked"));
    }

    @Test
    void failures_spread_beyond_the_window_do_not_add_up() {
        for (int i = 0; i < 4; i++) {
            authentication.login("ana@example.org", "wrong password " + i, "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        authentication.login("ana@example.org", "wrong password again", "10.0.0.1");

        assertThat(authentication.login("ana@example.org", "correct horse battery", "10.0.0.1"))
                .isInstanceOf(LoginOutcome.Authenticated.class);
    }
}
