package eu.loopmentoring.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.function.Consumer;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** Forged and altered access tokens, for proving that the API refuses them. */
public final class Tokens {

    private Tokens() {}

    /** The claims of a real token, to start a forgery from. */
    public static JwtClaims claimsOf(String token) {
        try {
            return new JwtConsumerBuilder()
                    .setSkipAllValidators()
                    .setDisableRequireSignature()
                    .setSkipSignatureVerification()
                    .build()
                    .processToClaims(token);
        } catch (InvalidJwtException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Signed with the platform's real key, as the platform would, after {@code change}. */
    public static String resigned(String token, Consumer<JwtClaims> change) {
        JwtClaims claims = claimsOf(token);
        change.accept(claims);
        return rsa(claims, platformKey(), platformKey().getKeyId());
    }

    public static String signedByUnknownKey(String token) {
        return rsa(claimsOf(token), Stranger.KEY, platformKey().getKeyId() + "-unknown");
    }

    /** One key the platform has never seen, made once: a 2048-bit key pair takes long to make. */
    private static final class Stranger {
        static final RsaJsonWebKey KEY = generate();

        private static RsaJsonWebKey generate() {
            try {
                return RsaJwkGenerator.generateJwk(2048);
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The classic algorithm confusion: HS256 keyed with the RSA public key a verifier knows. */
    public static String hs256WithThePublicKey(String token) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claimsOf(token).toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setKeyIdHeaderValue(platformKey().getKeyId());
            jws.setKey(new HmacKey(platformKey().getPublicKey().getEncoded()));
            jws.setDoKeyValidation(false);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unsigned(String token) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(claimsOf(token).toJson().getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** The payload changed (another subject), the original signature kept. */
    public static String tampered(String token, String otherSubject) {
        String[] parts = token.split("\\.");
        JwtClaims claims = claimsOf(token);
        claims.setSubject(otherSubject);
        String payload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.toJson().getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static String rsa(JwtClaims claims, PublicJsonWebKey key, String kid) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "at+jwt");
            jws.setKeyIdHeaderValue(kid);
            jws.setKey(key.getPrivateKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PublicJsonWebKey platformKey() {
        try {
            return PublicJsonWebKey.Factory.newPublicJwk(
                    Files.readString(DevelopmentKeysResource.DIRECTORY.resolve("signing-key.jwk.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
