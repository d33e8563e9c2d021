package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.learningpath.CompletionCredential;
import eu.loopmentoring.openapi.v1.api.CredentialsApi;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The credential of a completed enrollment, signed at each request: as the bare JWT for wallets and
 * verifiers ({@code application/vc+jwt}), or with the credential decoded beside it for display.
 */
@Path("/") // the generated interfaces carry full paths on their methods
public class CredentialsResourceV1 implements CredentialsApi {

    static final MediaType VC_JWT = new MediaType("application", "vc+jwt");

    private final LearningCredentials credentials;
    private final CurrentSubject current;

    @Context
    HttpHeaders headers;

    CredentialsResourceV1(LearningCredentials credentials, CurrentSubject current) {
        this.credentials = credentials;
        this.current = current;
    }

    @Override
    public Response getEnrollmentCredential(UUID enrollmentId) {
        CompletionCredential credential = credentials.of(current.require(), enrollmentId);
        String jwt = credentials.signed(credential);
        if (wantsJwt()) {
            return Response.ok(jwt, VC_JWT).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jwt", jwt);
        body.put("credential", credential.credential());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The first acceptable type that names {@code application/vc+jwt} itself wins; wildcards get JSON. */
    private boolean wantsJwt() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(VC_JWT)) {
                return true;
            }
        }
        return false;
    }
}
