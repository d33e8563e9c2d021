package eu.loopmentoring.api.support;

import eu.loopmentoring.api.platform.security.DevelopmentKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * A signing key pair for the tests, whichever database lane they run in, at the paths the test
 * profile names (application.properties, %test): known at build time, so that smallrye-jwt
 * verifies with these keys and not with an in-memory pair of its own.
 */
public class DevelopmentKeysResource implements QuarkusTestResourceLifecycleManager {

    static final Path DIRECTORY = Path.of("target", "loop-test-jwt");

    @Override
    public Map<String, String> start() {
        return DevelopmentKeys.in(DIRECTORY);
    }

    @Override
    public void stop() {
        // kept for the JVM's life: several test profiles may restart the application
    }
}
