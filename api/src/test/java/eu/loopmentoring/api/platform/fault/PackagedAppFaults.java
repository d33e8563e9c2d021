package eu.loopmentoring.api.platform.fault;

import eu.loopmentoring.api.platform.security.DevelopmentKeys;
import eu.loopmentoring.api.support.PackagedApp;
import eu.loopmentoring.api.support.ThrowAwayDatabase;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault tests on the packaged service share: a throw-away database, one key pair for all
 * their instances, and the clean-up of every process, pool and database they started, even when the
 * test fails.
 */
abstract class PackagedAppFaults {

    @TempDir
    Path keys;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    /** Closed after the test, the last added first. */
    <T extends AutoCloseable> T closeAfter(T resource) {
        cleanup.add(resource);
        return resource;
    }

    /** A throw-away database, dropped after the test. */
    ThrowAwayDatabase newDatabase() {
        return closeAfter(ThrowAwayDatabase.create());
    }

    /** The environment of the instances on {@code database}, all with the same keys. */
    Map<String, String> environment(ThrowAwayDatabase database) {
        return PackagedApp.environment(database, DevelopmentKeys.in(keys));
    }

    PackagedApp start(String name, Map<String, String> env) {
        return closeAfter(PackagedApp.start(name, env));
    }

    /** REST Assured's default target, which the fixtures use. */
    static void use(PackagedApp app) {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = app.port();
    }

    @AfterEach
    void cleanUp() throws Exception {
        RestAssured.reset();
        Exception first = null;
        for (AutoCloseable each : cleanup.reversed()) {
            try {
                each.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
