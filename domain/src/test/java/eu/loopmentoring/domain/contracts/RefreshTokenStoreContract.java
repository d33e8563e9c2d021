package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.RefreshToken;
import eu.loopmentoring.domain.identity.RefreshTokenStore;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link RefreshTokenStore} must do. */
public abstract class RefreshTokenStoreContract extends PortContract {

    protected abstract RefreshTokenStore tokens();

    private RefreshToken issued(UUID person, UUID family) {
        RefreshToken token = new RefreshToken(
                UUID.randomUUID(),
                family,
                person,
                unique("hash-"),
                T0,
                T0.plus(Duration.ofDays(30)),
                Optional.empty(),
                Optional.empty());
        tokens().add(token);
        return token;
    }

    @Test
    void aTokenIsFoundByItsHashAndUsedOnce() {
        RefreshToken token = issued(aPerson("Ana").id(), UUID.randomUUID());

        assertThat(tokens().findByHash(token.tokenHash())).contains(token);
        assertThat(tokens().findByHash(unique("unknown-"))).isEmpty();
        assertThat(tokens().markUsed(token.id(), T0.plusSeconds(5))).isTrue();
        assertThat(tokens().markUsed(token.id(), T0.plusSeconds(6)))
                .as("a second use")
                .isFalse();
        assertThat(tokens().findByHash(token.tokenHash()).orElseThrow().usedAt())
                .contains(T0.plusSeconds(5));
    }

    @Test
    void revokingAFamilyRevokesItsTokensOnly() {
        UUID person = aPerson("Ana").id();
        UUID family = UUID.randomUUID();
        RefreshToken one = issued(person, family);
        RefreshToken two = issued(person, family);
        RefreshToken otherFamily = issued(person, UUID.randomUUID());

        tokens().revokeFamily(family, T0.plusSeconds(10));

        assertThat(tokens().findByHash(one.tokenHash()).orElseThrow().revokedAt())
                .contains(T0.plusSeconds(10));
        assertThat(tokens().findByHash(two.tokenHash()).orElseThrow().revokedAt())
                .contains(T0.plusSeconds(10));
        assertThat(tokens().findByHash(otherFamily.tokenHash()).orElseThrow().revokedAt())
                .isEmpty();
        assertThat(tokens().markUsed(one.id(), T0.plusSeconds(11)))
                .as("a revoked token")
                .isFalse();
    }

    @Test
    void aLoginIsActiveWhileItHoldsAnUnspentTokenAndUntilItsFamilyIsRevoked() {
        UUID person = aPerson("Ana").id();
        UUID login = UUID.randomUUID();
        UUID otherLogin = UUID.randomUUID();
        RefreshToken first = issued(person, login);
        issued(person, otherLogin);

        assertThat(tokens().loginActive(login)).isTrue();
        tokens().markUsed(first.id(), T0.plusSeconds(1));
        issued(person, login);
        assertThat(tokens().loginActive(login))
                .as("rotated: its successor is unspent")
                .isTrue();

        tokens().revokeFamily(login, T0.plusSeconds(2));

        assertThat(tokens().loginActive(login)).isFalse();
        assertThat(tokens().loginActive(otherLogin)).isTrue();
        assertThat(tokens().loginActive(UUID.randomUUID()))
                .as("an unknown login")
                .isFalse();
    }

    @Test
    void revokingAPersonsTokensLeavesOthersAndKeepsTheFirstRevocationTime() {
        UUID person = aPerson("Ana").id();
        RefreshToken family = issued(person, UUID.randomUUID());
        RefreshToken another = issued(person, UUID.randomUUID());
        RefreshToken someoneElses = issued(aPerson("Bea").id(), UUID.randomUUID());
        tokens().revokeFamily(family.familyId(), T0.plusSeconds(1));

        tokens().revokeAllOf(person, T0.plusSeconds(2));

        assertThat(tokens().findByHash(family.tokenHash()).orElseThrow().revokedAt())
                .contains(T0.plusSeconds(1));
        assertThat(tokens().findByHash(another.tokenHash()).orElseThrow().revokedAt())
                .contains(T0.plusSeconds(2));
        assertThat(tokens().findByHash(someoneElses.tokenHash()).orElseThrow().revokedAt())
                .isEmpty();
    }
}
