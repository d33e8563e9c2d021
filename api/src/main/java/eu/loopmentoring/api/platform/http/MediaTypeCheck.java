package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.api.platform.problem.ProblemException;
import eu.loopmentoring.api.platform.problem.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body is read only in a media type the contract declares for the operation, named exactly: JAX-RS
 * would take {@code Content-Type: *}{@code /*} or {@code application/*} as JSON, and ignore a
 * charset it does not know. JSON is UTF-8 (RFC 8259 makes it the only charset of JSON exchanged
 * between systems), so its charset parameter may say UTF-8 or its subset US-ASCII and nothing else;
 * another media type may name any charset the service can decode (form clients often send
 * ISO-8859-1, which changes nothing for percent-encoded bytes), but not one it does not know.
 */
public class MediaTypeCheck {

    private static final Set<String> JSON_CHARSETS = Set.of("utf-8", "utf8", "us-ascii");

    private final DeclaredRoutes routes;

    MediaTypeCheck(DeclaredRoutes routes) {
        this.routes = routes;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null) {
            return;
        }
        List<String> declared = routes.consumes(
                request.getMethod(), request.getUriInfo().getRequestUri().getRawPath());
        if (declared.isEmpty()) {
            return;
        }
        String expected = String.join(" or ", declared);
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            throw refused("Content-Type is not a media type. Send the body as " + expected + ".");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw refused("Content-Type " + type.getType() + "/" + type.getSubtype()
                    + " names no media type. Send the body as " + expected + ".");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !accepted(type, charset)) {
            throw refused(
                    "The charset " + charset + " is not accepted: send the body as " + expected + " encoded in UTF-8.");
        }
    }

    private static boolean accepted(MediaType type, String charset) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        if (subtype.equals("json") || subtype.endsWith("+json")) {
            return JSON_CHARSETS.contains(charset.toLowerCase(Locale.ROOT));
        }
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }
}
