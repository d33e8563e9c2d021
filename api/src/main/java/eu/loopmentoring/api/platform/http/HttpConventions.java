package eu.loopmentoring.api.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.platform.problem.CorrelationId;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.api.platform.problem.Problems;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every HTTP exchange gets, whichever part of the service answers it: a correlation id in
 * the logs and on the response, security headers (no page of this service may be framed, Swagger
 * UI included), {@code Cache-Control: no-store} on API answers unless a resource chose otherwise,
 * and problem+json for the errors raised before a request reaches a resource: a request target
 * that is not a URI, one over the length limit, headers over their limit, a body over its limit,
 * and whatever the router refuses itself. Once the instance is stopping (SIGTERM) every new request
 * is answered {@code 503} at once, with {@code Retry-After} and {@code Connection: close}, before it
 * does anything: Quarkus would otherwise take it and, if the port closes meanwhile, cut its answer
 * after its change was made. Requests already taken finish ({@code quarkus.shutdown.timeout}).
 *
 * <p>Quarkus refuses a request target that {@link URI} cannot parse with an empty 400 before any
 * route runs, unless {@code vertx.disableURIValidation} is set; {@code LoopMain} and the test
 * setup set it, so that the check below answers instead.
 */
@ApplicationScoped
public class HttpConventions {

    private static final Logger LOG = Logger.getLogger(HttpConventions.class);
    private static final String API_PREFIX = "/api/";
    /** Where Quarkus' body handler looks for the limit of a body sent without Content-Length. */
    private static final String QUARKUS_BODY_LIMIT = "io.quarkus.max-request-size";

    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxUrlLength;
    private final long maxHeaderSize;
    private volatile boolean stopping;

    HttpConventions(ObjectMapper json, HttpConfig config) {
        this.json = json;
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.maxUrlLength = config.maxUrlLength();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
    }

    /** The first step of a graceful shutdown, before Quarkus waits for the requests under way. */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::everyRequest);
        // Ahead of Quarkus' own failure handler, which answers without problem+json: a chunked
        // body over the limit, and anything that escaped the resources' exception mapper.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413) {
                problem(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            } else if (ctx.failure() == null && REFUSED_BY_ROUTER.containsKey(ctx.statusCode())) {
                problem(
                        ctx,
                        REFUSED_BY_ROUTER.get(ctx.statusCode()),
                        "The request could not be routed: "
                                + HttpResponseStatus.valueOf(ctx.statusCode())
                                        .reasonPhrase()
                                        .toLowerCase(Locale.ROOT) + ".");
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
        String path = ctx.request().path();
        boolean api = path != null && path.startsWith(API_PREFIX);
        ctx.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = ctx.response();
            response.headers().set(CorrelationId.HEADER, id);
            response.headers().set("X-Content-Type-Options", "nosniff");
            response.headers().set("Referrer-Policy", "no-referrer");
            // Nothing here may be framed (clickjacking): the API, Swagger UI, the document.
            response.headers().set("X-Frame-Options", "DENY");
            if (api) {
                response.headers().set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            } else if (!response.headers().contains("Content-Security-Policy")) {
                response.headers().set("Content-Security-Policy", "frame-ancestors 'none'");
            }
        });
        if (stopping) {
            problem(
                    ctx,
                    ProblemType.SERVICE_UNAVAILABLE,
                    "This instance is stopping and takes no new request; nothing was done. Send it again:"
                            + " another instance, or this one after its restart, takes it.");
            return;
        }
        String uri = ctx.request().uri();
        if (uri.length() > maxUrlLength) {
            problem(
                    ctx,
                    ProblemType.URI_TOO_LONG,
                    "The request target has " + uri.length() + " characters; this service reads at most " + maxUrlLength
                            + ".");
            return;
        }
        if (!isUri(uri)) {
            problem(
                    ctx,
                    ProblemType.MALFORMED_REQUEST,
                    "The request target is not a valid URI: percent-encode characters such as"
                            + " space, \", <, >, \\, ^, `, {, | and } (RFC 3986).");
            return;
        }
        long headerSize = headerSize(ctx);
        if (headerSize > maxHeaderSize) {
            problem(
                    ctx,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers have " + headerSize + " bytes; this service reads at most " + maxHeaderSize
                            + ".");
            return;
        }
        if (declaredTooLarge(ctx)) {
            problem(ctx, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        ctx.next();
    }

    private static boolean isUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerSize(RoutingContext ctx) {
        long size = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + header.getValue().length();
        }
        return size;
    }

    /** What the router answers itself, without a failure: a path that does not start with "/", ... */
    private static final Map<Integer, ProblemType> REFUSED_BY_ROUTER = Map.of(
            400, ProblemType.MALFORMED_REQUEST,
            404, ProblemType.NOT_FOUND,
            405, ProblemType.METHOD_NOT_ALLOWED,
            406, ProblemType.NOT_ACCEPTABLE,
            414, ProblemType.URI_TOO_LONG,
            415, ProblemType.UNSUPPORTED_MEDIA_TYPE,
            431, ProblemType.HEADERS_TOO_LARGE);

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
            if (type == ProblemType.PAYLOAD_TOO_LARGE || type == ProblemType.SERVICE_UNAVAILABLE) {
                // the rest of the body is not read, or the instance is stopping: the connection ends here
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            if (type == ProblemType.SERVICE_UNAVAILABLE) {
                response.putHeader(HttpHeaders.RETRY_AFTER, "1");
            }
            response.end(body);
        } catch (Exception e) {
            response.setStatusCode(type.status()).end();
        }
    }
}
