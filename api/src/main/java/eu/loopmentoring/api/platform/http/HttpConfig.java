package eu.loopmentoring.api.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "loop.http")
public interface HttpConfig {

    /**
     * The largest request body the API accepts; larger ones get a 413 problem. (The Quarkus limit,
     * quarkus.http.limits.max-body-size, is only a backstop above this one.)
     */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
