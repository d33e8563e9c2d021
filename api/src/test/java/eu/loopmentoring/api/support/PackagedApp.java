package eu.loopmentoring.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service ({@code quarkus-run.jar}, built in the {@code package} phase) run as a child
 * process on free ports, its output in a log file. Closing it kills it if it still runs.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path LOGS = Path.of("target", "packaged-app-logs");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar with the environment of this JVM less any LOOP_ or datasource setting, plus {@code env}. */
    public static PackagedApp start(String name, Map<String, String> env) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + "-" + System.currentTimeMillis() + ".log");
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-jar",
                            JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("LOOP_") || k.startsWith("QUARKUS_"));
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
            builder.environment().putAll(env);
            return new PackagedApp(name, builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment that points an instance at {@code database} with the keys in {@code keys}. */
    public static Map<String, String> environment(ThrowAwayDatabase database, Map<String, String> keys) {
        Map<String, String> env = new HashMap<>(database.environment());
        env.put("LOOP_JWT_SIGNING_KEY_LOCATION", keys.get("loop.jwt.signing-key-location"));
        env.put("LOOP_JWT_VERIFICATION_KEYS_LOCATION", keys.get("loop.jwt.verification-keys-location"));
        return env;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the log's end if the process ends first. */
    public PackagedApp awaitReady(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended before it was ready:\n" + tail());
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError(name + " not ready within " + atMost + ":\n" + tail());
    }

    /** SIGTERM, as an orchestrator stops an instance. */
    public void terminate() {
        process.destroy();
    }

    public boolean awaitExit(Duration atMost) {
        try {
            return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the log has a line matching {@code pattern}; fails after {@code atMost}. */
    public void awaitLog(Pattern pattern, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!pattern.matcher(log()).find()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " never logged " + pattern + ":\n" + tail());
            }
            sleep(Duration.ofMillis(50));
        }
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count(Pattern pattern) {
        Matcher matcher = pattern.matcher(log());
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    public String tail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 6000));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(20));
        }
    }

    @Override
    public String toString() {
        return name + " on port " + port + " (log " + log + ")";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
