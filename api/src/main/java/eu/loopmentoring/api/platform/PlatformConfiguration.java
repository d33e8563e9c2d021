package eu.loopmentoring.api.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Infrastructure every capability shares. */
public class PlatformConfiguration {

    /** One clock for the whole service, in UTC; tests may replace it. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
