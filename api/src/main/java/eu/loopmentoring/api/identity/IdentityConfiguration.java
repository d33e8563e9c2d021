package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.security.JwtConfig;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.Authentication;
import eu.loopmentoring.domain.identity.CommonPasswords;
import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.identity.PasswordHasher;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.PlatformAdministration;
import eu.loopmentoring.domain.identity.RefreshTokenStore;
import eu.loopmentoring.domain.identity.RefreshTokens;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Optional;

/** Wires the identity capability's domain services to their adapters. */
@ApplicationScoped
public class IdentityConfiguration {

    @Produces
    @ApplicationScoped
    Accounts accounts(
            People people,
            PasswordHasher hasher,
            AuditLog audit,
            Clock clock,
            CommonPasswords commonPasswords,
            LoginAttempts attempts,
            RegistrationConfig registration) {
        return new Accounts(
                people,
                hasher,
                audit,
                clock,
                commonPasswords,
                Optional.of(new Accounts.RegistrationThrottle(attempts, policy(registration.address()))));
    }

    @Produces
    @ApplicationScoped
    Authentication authentication(
            People people,
            PasswordHasher hasher,
            LoginAttempts attempts,
            AuditLog audit,
            LoginConfig login,
            Clock clock) {
        return new Authentication(
                people, hasher, attempts, audit, policy(login.account()), policy(login.address()), clock);
    }

    @Produces
    @ApplicationScoped
    RefreshTokens refreshTokens(RefreshTokenStore store, AuditLog audit, JwtConfig jwt, Clock clock) {
        return new RefreshTokens(store, audit, jwt.refreshTokenLifetime(), clock);
    }

    @Produces
    @ApplicationScoped
    PlatformAdministration platformAdministration(People people, AuditLog audit, Clock clock) {
        return new PlatformAdministration(people, audit, clock);
    }

    private static ThrottlePolicy policy(LoginConfig.Limit limit) {
        return new ThrottlePolicy(limit.maxFailures(), limit.window(), limit.lockout());
    }
}
