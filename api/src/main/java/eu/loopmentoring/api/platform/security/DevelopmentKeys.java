package eu.loopmentoring.api.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private static final String SIGNING = "signing-key.jwk.json";
    private static final String VERIFICATION = "verification-keys.jwks.json";

    private DevelopmentKeys() {}

    public static boolean configured() {
        return present(System.getenv("LOOP_JWT_SIGNING_KEY_LOCATION"))
                || present(System.getProperty("loop.jwt.signing-key-location"));
    }

    /**
     * Reuses the key pair in {@code directory}, or creates one there; returns the configuration.
     * Processes that start together (test JVMs run in parallel) agree on one pair: each writes its
     * pair into a directory of its own and renames that into place, and whoever renames first wins.
     */
    public static Map<String, String> in(Path directory) {
        Path signing = directory.resolve(SIGNING);
        Path verification = directory.resolve(VERIFICATION);
        try {
            if (!Files.exists(signing) || !Files.exists(verification)) {
                Path absolute = directory.toAbsolutePath();
                Files.createDirectories(absolute.getParent());
                Path staged = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + ".");
                write(staged);
                try {
                    Files.move(staged, absolute, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException anotherWasFirst) {
                    discard(staged);
                    if (!Files.exists(signing) || !Files.exists(verification)) {
                        throw anotherWasFirst;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write development keys to " + directory, e);
        }
        return Map.of(
                "loop.jwt.signing-key-location", signing.toString(),
                "loop.jwt.verification-keys-location", verification.toString());
    }

    private static void write(Path directory) throws IOException {
        RsaJsonWebKey key;
        try {
            key = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException("Could not generate development keys", e);
        }
        key.setKeyId("dev-" + LocalDate.now() + "-" + Long.toHexString(System.nanoTime()));
        key.setUse("sig");
        key.setAlgorithm("RS256");
        Path signing = directory.resolve(SIGNING);
        Files.writeString(signing, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
        restrict(signing);
        Files.writeString(
                directory.resolve(VERIFICATION),
                new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static void discard(Path staged) throws IOException {
        try (var files = Files.list(staged)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(staged);
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
