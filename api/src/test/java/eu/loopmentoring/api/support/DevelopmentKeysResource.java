package eu.loopmentoring.api.support;

import eu.loopmentoring.api.platform.security.DevelopmentKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A fresh signing key pair for the test run, whichever database lane it is. */
public class DevelopmentKeysResource implements QuarkusTestResourceLifecycleManager {

    static Path directory;

    @Override
    public Map<String, String> start() {
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("loop-test-jwt");
            }
            return DevelopmentKeys.inline(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // kept for the JVM's life: several test profiles may restart the application
    }
}
