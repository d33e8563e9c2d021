package eu.loopmentoring.api.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Serves the committed contract byte for byte at {@code /q/openapi} (and its {@code .yaml},
 * {@code .yml} and {@code .json} forms), ahead of SmallRye OpenAPI, which would parse the file and
 * write it again: that loses quotes YAML 1.1 readers need ({@code example: '16:30'} became
 * {@code 16:30}, read as 990) and reorders nothing we asked for. The JSON form is the same
 * document, converted once at start.
 */
@ApplicationScoped
public class ServedContract {

    static final String RESOURCE = "META-INF/openapi.yaml";
    private static final List<String> PATHS = List.of("/q/openapi", "/q/openapi.yaml", "/q/openapi.yml");
    private static final String JSON_PATH = "/q/openapi.json";
    private static final String YAML = "application/yaml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";

    private final Buffer yaml;
    private final Buffer json;

    ServedContract(ObjectMapper mapper) {
        byte[] committed = read();
        this.yaml = Buffer.buffer(committed);
        try {
            this.json = Buffer.buffer(mapper.writeValueAsBytes(new YAMLMapper().readTree(committed)));
        } catch (IOException e) {
            throw new UncheckedIOException("The committed contract " + RESOURCE + " is not valid YAML", e);
        }
    }

    void install(@Observes Router router) {
        for (String path : PATHS) {
            router.route(HttpMethod.GET, path).order(Integer.MIN_VALUE + 1).handler(this::serve);
        }
        router.route(HttpMethod.GET, JSON_PATH).order(Integer.MIN_VALUE + 1).handler(ctx -> send(ctx, json, JSON));
    }

    private void serve(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        boolean wantsJson = format != null
                ? format.toLowerCase(Locale.ROOT).equals("json")
                : acceptsJsonOnly(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (wantsJson) {
            send(ctx, json, JSON);
        } else {
            send(ctx, yaml, YAML);
        }
    }

    /** As SmallRye does: JSON when the client asks for JSON and not for YAML. */
    private static boolean acceptsJsonOnly(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("yaml");
    }

    private static void send(RoutingContext ctx, Buffer body, String contentType) {
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(body);
    }

    private static byte[] read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The committed contract " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
