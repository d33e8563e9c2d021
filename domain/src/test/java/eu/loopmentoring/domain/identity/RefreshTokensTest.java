package eu.loopmentoring.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.fakes.InMemoryAudit;
import eu.loopmentoring.domain.fakes.InMemoryRefreshTokens;
import eu.loopmentoring.domain.fakes.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryRefreshTokens store = new InMemoryRefreshTokens();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final RefreshTokens tokens = new RefreshTokens(store, audit, Duration.ofDays(30), clock);
    private final UUID person = UUID.randomUUID();

    @Test
    void only_a_hash_of_the_token_is_stored() {
        IssuedRefreshToken issued = tokens.issue(person);

        assertThat(store.tokens.values()).singleElement().satisfies(stored -> {
            assertThat(stored.tokenHash()).isNotEqualTo(issued.value()).hasSize(64);
            assertThat(stored.tokenHash()).isEqualTo(RefreshTokens.hash(issued.value()));
        });
    }

    @Test
    void a_token_is_spent_by_its_use_and_replaced_by_a_successor() {
        IssuedRefreshToken first = tokens.issue(person);

        RefreshOutcome outcome = tokens.rotate(first.value(), "10.0.0.1");

        assertThat(outcome).isInstanceOf(RefreshOutcome.Rotated.class);
        RefreshOutcome.Rotated rotated = (RefreshOutcome.Rotated) outcome;
        assertThat(rotated.personId()).isEqualTo(person);
        assertThat(rotated.next().value()).isNotEqualTo(first.value());
        assertThat(tokens.rotate(rotated.next().value(), "10.0.0.1")).isInstanceOf(RefreshOutcome.Rotated.class);
    }

    @Test
    void presenting_a_spent_token_revokes_the_whole_family() {
        IssuedRefreshToken first = tokens.issue(person);
        IssuedRefreshToken second = ((RefreshOutcome.Rotated) tokens.rotate(first.value(), "a")).next();

        assertThat(tokens.rotate(first.value(), "b")).isEqualTo(new RefreshOutcome.ReuseDetected(person));
        assertThat(tokens.rotate(second.value(), "a")).isInstanceOf(RefreshOutcome.Refused.class);
        assertThat(audit.types()).contains(AuditEventType.REFRESH_TOKEN_REUSED);
    }

    @Test
    void other_families_of_the_same_person_survive_a_reuse() {
        IssuedRefreshToken phone = tokens.issue(person);
        IssuedRefreshToken laptop = tokens.issue(person);
        tokens.rotate(phone.value(), "a");
        tokens.rotate(phone.value(), "a");

        assertThat(tokens.rotate(laptop.value(), "a")).isInstanceOf(RefreshOutcome.Rotated.class);
    }

    @Test
    void expired_unknown_and_revoked_tokens_are_refused() {
        IssuedRefreshToken token = tokens.issue(person);
        IssuedRefreshToken other = tokens.issue(person);
        tokens.revoke(other.value(), "a");
        clock.advance(Duration.ofDays(31));

        assertThat(tokens.rotate(token.value(), "a")).isInstanceOf(RefreshOutcome.Refused.class);
        assertThat(tokens.rotate("not-a-token", "a")).isInstanceOf(RefreshOutcome.Refused.class);
        assertThat(tokens.rotate(other.value(), "a")).isInstanceOf(RefreshOutcome.Refused.class);
    }
}
