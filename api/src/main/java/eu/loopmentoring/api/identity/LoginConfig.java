package eu.loopmentoring.api.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Brute-force protection of password login. */
@ConfigMapping(prefix = "loop.login")
public interface LoginConfig {

    Limit account();

    Limit address();

    interface Limit {
        /** Failures within the window that lock further attempts. */
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("PT15M")
        Duration lockout();
    }
}
