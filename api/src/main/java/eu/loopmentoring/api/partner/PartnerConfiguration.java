package eu.loopmentoring.api.partner;

import eu.loopmentoring.api.identity.LoginConfig;
import eu.loopmentoring.domain.identity.AuditLog;
import eu.loopmentoring.domain.identity.LoginAttempts;
import eu.loopmentoring.domain.identity.PasswordHasher;
import eu.loopmentoring.domain.identity.ThrottlePolicy;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.partner.ApiClientRegistry;
import eu.loopmentoring.domain.partner.ApiClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires partner access (API clients) to its adapters; wrong secrets count like wrong passwords. */
@ApplicationScoped
public class PartnerConfiguration {

    @Produces
    @ApplicationScoped
    ApiClientRegistry apiClientRegistry(
            ApiClients clients,
            Organizations organizations,
            PasswordHasher hasher,
            LoginAttempts attempts,
            AuditLog audit,
            LoginConfig login,
            Clock clock) {
        LoginConfig.Limit limit = login.account();
        return new ApiClientRegistry(
                clients,
                organizations,
                hasher,
                attempts,
                new ThrottlePolicy(limit.maxFailures(), limit.window(), limit.lockout()),
                audit,
                clock);
    }
}
