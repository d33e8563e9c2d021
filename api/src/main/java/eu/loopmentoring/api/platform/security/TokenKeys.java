package eu.loopmentoring.api.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/** The key that signs new tokens, and the public keys published for verification. */
public final class TokenKeys {

    private final PrivateKey signingKey;
    private final String signingKeyId;
    private final String publicKeySet;

    private TokenKeys(PrivateKey signingKey, String signingKeyId, String publicKeySet) {
        this.signingKey = signingKey;
        this.signingKeyId = signingKeyId;
        this.publicKeySet = publicKeySet;
    }

    public static TokenKeys load(JwtConfig config) {
        try {
            PublicJsonWebKey signing = PublicJsonWebKey.Factory.newPublicJwk(read(config.signingKeyLocation()));
            if (signing.getPrivateKey() == null || signing.getKeyId() == null) {
                throw new IllegalStateException("LOOP_JWT_SIGNING_KEY_LOCATION must name a private RSA JWK with a kid");
            }
            JsonWebKeySet published = new JsonWebKeySet(read(config.verificationKeysLocation()));
            boolean listed = published.getJsonWebKeys().stream()
                    .anyMatch(k -> signing.getKeyId().equals(k.getKeyId()));
            if (!listed) {
                throw new IllegalStateException("The signing key " + signing.getKeyId()
                        + " is not in LOOP_JWT_VERIFICATION_KEYS_LOCATION: its tokens could not be verified");
            }
            return new TokenKeys(
                    signing.getPrivateKey(),
                    signing.getKeyId(),
                    published.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        } catch (JoseException e) {
            throw new IllegalStateException("The JWT keys could not be read", e);
        }
    }

    private static String read(String location) {
        try {
            return Files.readString(Path.of(location.startsWith("file:") ? location.substring(5) : location));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
    }

    PrivateKey signingKey() {
        return signingKey;
    }

    String signingKeyId() {
        return signingKeyId;
    }

    /** The JSON Web Key Set, public parts only. */
    public String publicKeySet() {
        return publicKeySet;
    }
}
