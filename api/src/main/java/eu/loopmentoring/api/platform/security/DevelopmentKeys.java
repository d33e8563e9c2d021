package eu.loopmentoring.api.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * A signing key pair for a single instance that nobody configured keys for: the one-command run
 * and the tests. Production configures LOOP_JWT_SIGNING_KEY_LOCATION and
 * LOOP_JWT_VERIFICATION_KEYS_LOCATION instead, shared by all instances.
 */
public final class DevelopmentKeys {

    private DevelopmentKeys() {}

    public static boolean configured() {
        return present(System.getenv("LOOP_JWT_SIGNING_KEY_LOCATION"))
                || present(System.getProperty("loop.jwt.signing-key-location"));
    }

    /** Reuses the key pair in {@code directory}, or creates one there; returns the configuration. */
    public static Map<String, String> in(Path directory) {
        Path signing = directory.resolve("signing-key.jwk.json");
        Path verification = directory.resolve("verification-keys.jwks.json");
        try {
            if (!Files.exists(signing) || !Files.exists(verification)) {
                Files.createDirectories(directory);
                RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
                key.setKeyId("dev-" + LocalDate.now() + "-" + Long.toHexString(System.nanoTime()));
                key.setUse("sig");
                key.setAlgorithm("RS256");
                Files.writeString(signing, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
                restrict(signing);
                Files.writeString(
                        verification, new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write development keys to " + directory, e);
        } catch (JoseException e) {
            throw new IllegalStateException("Could not generate development keys", e);
        }
        return Map.of(
                "loop.jwt.signing-key-location", signing.toString(),
                "loop.jwt.verification-keys-location", verification.toString());
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to tighten
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
