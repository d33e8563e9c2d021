package eu.loopmentoring.api.identity;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller's IP address as Vert.x sees it: the peer, or the forwarded client when
 * quarkus.http.proxy.* trusts the proxy in front of the service.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }
}
