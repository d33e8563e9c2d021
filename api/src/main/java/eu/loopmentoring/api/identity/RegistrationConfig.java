package eu.loopmentoring.api.identity;

import io.smallrye.config.ConfigMapping;

/** How often one address may be told that an email already has an account. */
@ConfigMapping(prefix = "loop.registration")
public interface RegistrationConfig {

    /** Registrations refused for an existing email, per client address, that lock it out. */
    LoginConfig.Limit address();
}
