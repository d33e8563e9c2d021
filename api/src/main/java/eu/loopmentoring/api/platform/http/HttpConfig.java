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

    /**
     * The longest request target (path and query) the API reads; longer ones get a 414 problem.
     * Quarkus' limit on the request line (quarkus.http.limits.max-initial-line-length) is only a
     * backstop above it, answered without a body.
     */
    @WithDefault("8192")
    int maxUrlLength();

    /**
     * The largest total of request header names and values; more gets a 431 problem. Quarkus'
     * quarkus.http.limits.max-header-size is only a backstop above it, answered without a body.
     */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
}
