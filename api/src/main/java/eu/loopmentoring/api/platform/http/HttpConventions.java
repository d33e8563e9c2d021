package eu.loopmentoring.api.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.platform.problem.CorrelationId;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.api.platform.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every HTTP exchange gets, whichever part of the service answers it: a correlation id in
 * the logs and on the response, security headers, {@code Cache-Control: no-store} on API answers
 * unless a resource chose otherwise, and problem+json for the errors raised before a request
 * reaches a resource (a body over the size limit).
 */
@ApplicationScoped
public class HttpConventions {

    private static final Logger LOG = Logger.getLogger(HttpConventions.class);
    private static final String API_PREFIX = "/api/";
    /** Where Quarkus' body handler looks for the limit of a body sent without Content-Length. */
    private static final String QUARKUS_BODY_LIMIT = "io.quarkus.max-request-size";

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpConventions(ObjectMapper json, HttpConfig config) {
        this.json = json;
        this.maxBodySize = config.maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::everyRequest);
        // Ahead of Quarkus' own failure handler, which answers without problem+json: a chunked
        // body over the limit, and anything that escaped the resources' exception mapper.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413) {
                problem(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            } else if (ctx.failure() != null || ctx.statusCode() >= 500) {
                LOG.errorf(
                        ctx.failure(),
                        "%s %s failed outside the resources",
                        ctx.request().method(),
                        ctx.request().path());
                problem(
                        ctx,
                        ProblemType.INTERNAL_ERROR,
                        "The request failed on our side. Quote the correlationId if you report it.");
            } else {
                ctx.next();
            }
        });
    }

    private void everyRequest(RoutingContext ctx) {
        String id = CorrelationId.acceptOrGenerate(ctx.request().getHeader(CorrelationId.HEADER));
        MDC.put(CorrelationId.MDC_KEY, id);
        ctx.put(CorrelationId.MDC_KEY, id);
        boolean api = ctx.request().path().startsWith(API_PREFIX);
        ctx.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = ctx.response();
            response.headers().set(CorrelationId.HEADER, id);
            response.headers().set("X-Content-Type-Options", "nosniff");
            response.headers().set("Referrer-Policy", "no-referrer");
            if (api) {
                response.headers().set("X-Frame-Options", "DENY");
                response.headers().set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            }
        });
        if (declaredTooLarge(ctx)) {
            problem(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        ctx.next();
    }

    private boolean declaredTooLarge(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            ctx.put(QUARKUS_BODY_LIMIT, maxBodySize); // a chunked body is counted as it arrives
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private String tooLarge() {
        return "The request body is larger than " + maxBodySize + " bytes, the limit of this service.";
    }

    private void problem(RoutingContext ctx, ProblemType type, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        Object id = ctx.get(CorrelationId.MDC_KEY);
        if (id != null) {
            MDC.put(CorrelationId.MDC_KEY, id.toString());
        }
        LOG.debugf(
                "%s %s answered %d before reaching a resource",
                ctx.request().method(), ctx.request().path(), type.status());
        try {
            String body = json.writeValueAsString(
                    Problems.body(type, detail, ctx.request().path(), List.of()));
            response.setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
            if (type == ProblemType.PAYLOAD_TOO_LARGE) {
                // the rest of the body is not read: the connection cannot be reused
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            response.end(body);
        } catch (Exception e) {
            response.setStatusCode(type.status()).end();
        }
    }
}
