package eu.loopmentoring.api.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The platform's own token issuer. Verification settings (mp.jwt.verify.*) are derived from it. */
@ConfigMapping(prefix = "loop.jwt")
public interface JwtConfig {

    @WithDefault("https://loopmentoring.eu")
    String issuer();

    @WithDefault("loop-mentoring-api")
    String audience();

    /** A private RSA JSON Web Key (with its kid) that signs new access tokens. */
    String signingKeyLocation();

    /** A JSON Web Key Set with every public key whose tokens are still accepted (rotation). */
    String verificationKeysLocation();

    /** At most 15 minutes. */
    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    @WithDefault("P30D")
    Duration refreshTokenLifetime();
}
