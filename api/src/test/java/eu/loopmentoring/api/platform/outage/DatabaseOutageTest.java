package eu.loopmentoring.api.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.platform.embedded.EmbeddedDatabase;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TcpProxy;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the service runs (every connection reset, new ones refused) and
 * comes back: readiness says so within seconds, requests answer {@code 503} problem+json with
 * {@code Retry-After} meanwhile, and the service serves again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughAProxy.class)
class DatabaseOutageTest {

    /** The bounds the README promises. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(5);

    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(10);

    static TcpProxy proxy;

    public static class ThroughAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseBehindProxy.class));
        }
    }

    /** Points the application at a proxy in front of whichever database this lane uses. */
    public static class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(
                    EmbeddedDatabase.externalConfigured() ? external() : EmbeddedDatabase.start(Optional.empty()));
            URI target = URI.create(config.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
            proxy = new TcpProxy(target.getHost(), target.getPort());
            config.put(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getRawPath()
                            + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
            return config;
        }

        /** Runs after the lane's own database resource, so that its URL is the one that counts. */
        @Override
        public int order() {
            return 100;
        }

        @Override
        public void stop() {
            proxy.close();
        }

        private static Map<String, String> external() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", setting("quarkus.datasource.jdbc.url"));
            return config;
        }

        private static String setting(String name) {
            String property = System.getProperty(name);
            return property != null
                    ? property
                    : System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
    }

    /** The next test starts on a serving instance: the database is back and the instance noticed. */
    @AfterEach
    void databaseIsBack() {
        proxy.restore();
        await("recovered before the next test")
                .atMost(RECOVERED_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> Api.given().get("/api/v1/methods").then().statusCode(200));
    }

    @Test
    void while_the_database_is_away_readiness_is_down_and_requests_answer_503_with_retry_after() {
        Login ana = TestAccounts.newPerson("Ana Outage");
        ana.given().get("/api/v1/me").then().statusCode(200);

        proxy.cut();

        await("readiness DOWN")
                .atMost(NOTICED_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> Api.givenOperationsEndpoint()
                        .get("/q/health/ready")
                        .then()
                        .statusCode(503)
                        .body("status", equalTo("DOWN")));
        Api.givenOperationsEndpoint()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        ana.given()
                .get("/api/v1/me")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://loopmentoring.eu/problems/service-unavailable"))
                .body("correlationId", notNullValue());
        Api.given().get("/api/v1/methods").then().statusCode(503).header("Retry-After", "5");
        assertThat(register("outage-" + UUID.randomUUID() + "@tests.loopmentoring.eu"))
                .isEqualTo(503);
    }

    @Test
    void every_write_acknowledged_before_the_database_crashed_is_there_after_it_returns() throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    while (!stop.get()) {
                        String email = "crash-" + UUID.randomUUID() + "@tests.loopmentoring.eu";
                        int status = register(email);
                        statuses.add(status);
                        if (status == 201) {
                            acknowledged.add(email);
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 4);
            proxy.cut(); // mid-write: transactions in flight lose their connection
            await().atMost(NOTICED_WITHIN).until(() -> statuses.contains(503));
            proxy.restore();
            await().atMost(RECOVERED_WITHIN).until(() -> statuses.getLast() == 201);
            stop.set(true);
        }

        assertThat(statuses).as("every answer is 201 or 503, never 500").allMatch(s -> s == 201 || s == 503);
        for (String email : acknowledged) {
            TestAccounts.login(email, TestAccounts.PASSWORD);
        }
    }

    private static int register(String email) {
        return Api.given()
                .contentType("application/json")
                .body(Map.of(
                        "email", email,
                        "password", TestAccounts.PASSWORD,
                        "displayName", "Written around a crash",
                        "country", "PT",
                        "preferredLanguage", "pt"))
                .post("/api/v1/accounts")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void when_the_database_returns_the_service_serves_again_without_a_restart() {
        Login ana = TestAccounts.newPerson("Ana Recovery");
        proxy.cut();
        await("the outage is noticed")
                .atMost(NOTICED_WITHIN)
                .untilAsserted(() -> ana.given().get("/api/v1/me").then().statusCode(503));

        proxy.restore();

        await("recovered")
                .atMost(RECOVERED_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Api.givenOperationsEndpoint().get("/q/health/ready").then().statusCode(200);
                    ana.given().get("/api/v1/me").then().statusCode(200);
                });
        Login written = TestAccounts.newPerson("Written after the outage");
        written.given()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Written after the outage"));
    }
}
