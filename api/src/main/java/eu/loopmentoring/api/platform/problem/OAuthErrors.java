package eu.loopmentoring.api.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Errors in the OAuth 2.0 format (RFC 6749 §5.2), used only by the token and revocation endpoints. */
public final class OAuthErrors {

    public static final String INVALID_REQUEST = "invalid_request";
    public static final String INVALID_CLIENT = "invalid_client";
    public static final String INVALID_GRANT = "invalid_grant";
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    public static final String INVALID_SCOPE = "invalid_scope";

    private static final Set<String> PATHS = Set.of("/api/v1/auth/token", "/api/v1/auth/revoke");

    private OAuthErrors() {}

    public static boolean appliesTo(String path) {
        return PATHS.contains(path);
    }

    public static Response response(int status, String error, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        if (description != null) {
            body.put("error_description", description.length() > 500 ? description.substring(0, 500) : description);
        }
        Response.ResponseBuilder builder =
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"loop-mentoring\"");
        }
        return builder.build();
    }
}
