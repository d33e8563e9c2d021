package eu.loopmentoring.api.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs documents other than access tokens (credentials) as JWTs with the platform's current
 * signing key, so that anyone verifies them with the published JWKS alone. Their {@code typ} is
 * never {@code at+jwt}, and they carry no audience: they are not accepted as access tokens.
 */
@ApplicationScoped
public class SignedClaims {

    private final TokenKeys keys;

    SignedClaims(AccessTokens tokens) {
        this.keys = tokens.keys();
    }

    /**
     * The compact JWS (RS256) of {@code claims}, whose values are JSON-ready: strings, numbers,
     * booleans, lists and maps of them.
     *
     * @param type the {@code typ} header, e.g. {@code JWT}
     */
    public String sign(Map<String, Object> claims, String type) {
        if ("at+jwt".equalsIgnoreCase(type) || claims.containsKey("aud")) {
            throw new IllegalArgumentException("access tokens are issued by AccessTokens");
        }
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(keys.signingKeyId());
        jws.setHeader("typ", type);
        jws.setKey(keys.signingKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("The platform's key could not sign", e);
        }
    }
}
