package eu.loopmentoring.api.platform.fault;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.api.matching.RunFixtures;
import eu.loopmentoring.api.support.PackagedApp;
import eu.loopmentoring.api.support.RawHttp;
import eu.loopmentoring.api.support.ThrowAwayDatabase;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged service is stopped with SIGTERM while eight clients write to it and a matching run is
 * under way: every request it took is answered in full, every other one is refused cleanly (503 or
 * no connection, never a cut answer), every write it acknowledged is there after a restart on the
 * same database, and the run, given back at the stop, is done once by the next instance.
 */
class ShutdownUnderLoadIT extends PackagedAppFaults {

    private static final int CLIENTS = 8;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    enum Outcome {
        ACKNOWLEDGED,
        REFUSED_503,
        CONNECTION_REFUSED,
        CLOSED_UNANSWERED
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void sigterm_under_load_finishes_what_it_took_refuses_the_rest_loses_no_acknowledged_write_and_the_job_resumes()
            throws Exception {
        ThrowAwayDatabase database = newDatabase();
        Map<String, String> env = environment(database);
        PackagedApp first = start("sigterm-first", env);
        first.awaitReady(Duration.ofSeconds(90));
        use(first);

        RunFixtures.Coalition coalition = RunFixtures.Coalition.found();
        RunFixtures.offer(coalition.member("Mentor"), 2, "pt");
        RunFixtures.request(coalition.member("Mentee"), "pt");
        String token = coalition.coordinator().accessToken();

        // The worker claims the run, then waits on this lock while it loads the run's input: the run
        // is RUNNING when the instance is told to stop.
        Connection lock = database.connect();
        closeAfter(lock);
        lock.setAutoCommit(false);
        lock.createStatement().execute("lock table mentor_offer in access exclusive mode");
        String run = coalition
                .coordinator()
                .given()
                .contentType("application/json")
                .body(Map.of("coalitionId", coalition.id()))
                .post(RunFixtures.RUNS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        awaitStatus(coalition.coordinator(), run, "RUNNING");

        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        Map<String, String> createdIds = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> faults = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicBoolean signalled = new AtomicBoolean(false);
        AtomicInteger finishedAfterTheSignal = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        closeAfter(clients::shutdownNow);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (int i = 0; loading.get() && i < 5_000; i++) {
                    String name = "Shutdown " + UUID.randomUUID();
                    boolean beforeTheSignal = !signalled.get();
                    Outcome outcome = write(first.port(), token, name, createdIds, faults);
                    outcomes.put(name, outcome);
                    if (beforeTheSignal && signalled.get() && outcome == Outcome.ACKNOWLEDGED) {
                        finishedAfterTheSignal.incrementAndGet();
                    }
                }
            });
        }
        awaitCount(outcomes, Outcome.ACKNOWLEDGED, 20, Duration.ofSeconds(30));

        signalled.set(true);
        first.terminate();
        first.awaitLog(Pattern.compile("waiting for \\d+ background units to end"), Duration.ofSeconds(40));
        lock.rollback(); // the load goes on, after the stop
        assertThat(first.awaitExit(Duration.ofSeconds(40)))
                .as("stopped within its grace periods")
                .isTrue();
        PackagedApp.sleep(Duration.ofMillis(500)); // clients now meet a closed port
        loading.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(faults)
                .as("answers that were neither complete nor a clean refusal")
                .isEmpty();
        assertThat(count(outcomes, Outcome.ACKNOWLEDGED)).isPositive();
        assertThat(count(outcomes, Outcome.REFUSED_503) + count(outcomes, Outcome.CONNECTION_REFUSED))
                .as("requests after the stop are refused")
                .isPositive();
        assertThat(first.log()).contains("matching run " + run + " given back unfinished");
        try (PreparedStatement status =
                database.connect().prepareStatement("select status from matching_run where id = ?")) {
            status.setObject(1, UUID.fromString(run));
            ResultSet row = status.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1))
                    .as("the run waits for the next instance")
                    .isEqualTo("PENDING");
            status.getConnection().close();
        }

        PackagedApp second = start("sigterm-second", env);
        second.awaitReady(Duration.ofSeconds(90));
        use(second);

        RunFixtures.finished(coalition.coordinator(), run);
        Pattern stored = Pattern.compile("matching run " + run + ": \\d+ requests");
        assertThat(first.count(stored) + second.count(stored))
                .as("the run is done once")
                .isEqualTo(1);
        assertThat(first.log() + second.log()).doesNotContain("matching run " + run + " failed");

        for (var created : createdIds.entrySet()) {
            coalition
                    .coordinator()
                    .given()
                    .get("/api/v1/coalitions/{coalitionId}", created.getValue())
                    .then()
                    .statusCode(200);
        }
        List<String> unanswered = outcomes.entrySet().stream()
                .filter(e -> e.getValue() != Outcome.ACKNOWLEDGED)
                .map(Map.Entry::getKey)
                .toList();
        try (Connection connection = database.connect();
                PreparedStatement done =
                        connection.prepareStatement("select count(*) from coalition where name = any(?)")) {
            done.setArray(1, connection.createArrayOf("text", unanswered.toArray()));
            ResultSet row = done.executeQuery();
            row.next();
            assertThat(row.getInt(1))
                    .as("a refused or unanswered request was not done")
                    .isZero();
        }
        System.out.printf(
                "SIGTERM under load: %d acknowledged (%d of them sent before the signal and answered after it),"
                        + " %d answered 503, %d connections refused, %d closed unanswered%n",
                count(outcomes, Outcome.ACKNOWLEDGED),
                finishedAfterTheSignal.get(),
                count(outcomes, Outcome.REFUSED_503),
                count(outcomes, Outcome.CONNECTION_REFUSED),
                count(outcomes, Outcome.CLOSED_UNANSWERED));
    }

    /** Creates a coalition named {@code name}; what the client saw. */
    private static Outcome write(
            int port, String token, String name, Map<String, String> createdIds, ConcurrentLinkedQueue<String> faults) {
        String body = "{\"name\":\"" + name + "\",\"description\":\"Written while the instance stops.\","
                + "\"countries\":[\"PT\"],\"admission\":\"OPEN\"}";
        try {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/coalitions", token, body);
            if (answer.status() == 201) {
                Matcher id = ID.matcher(answer.body());
                if (!id.find()) {
                    faults.add("201 without an id: " + answer);
                    return Outcome.ACKNOWLEDGED;
                }
                createdIds.put(name, id.group(1));
                return Outcome.ACKNOWLEDGED;
            }
            if (answer.status() != 503
                    || !answer.headers().getOrDefault("content-type", "").startsWith("application/problem+json")
                    || !answer.headers().containsKey("retry-after")
                    || !answer.body().contains("service-unavailable")) {
                faults.add("answered " + answer);
            }
            return Outcome.REFUSED_503;
        } catch (ConnectException e) {
            PackagedApp.sleep(Duration.ofMillis(20));
            return Outcome.CONNECTION_REFUSED;
        } catch (RawHttp.NoAnswer e) {
            return Outcome.CLOSED_UNANSWERED;
        } catch (Exception e) {
            faults.add(e.toString());
            return Outcome.CLOSED_UNANSWERED;
        }
    }

    private static long count(Map<String, Outcome> outcomes, Outcome outcome) {
        return outcomes.values().stream().filter(o -> o == outcome).count();
    }

    private static void awaitCount(Map<String, Outcome> outcomes, Outcome outcome, int atLeast, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (count(outcomes, outcome) < atLeast) {
            assertThat(System.nanoTime())
                    .as("%d %s within %s", atLeast, outcome, atMost)
                    .isLessThan(deadline);
            PackagedApp.sleep(Duration.ofMillis(50));
        }
    }

    static void awaitStatus(eu.loopmentoring.api.support.TestAccounts.Login coordinator, String run, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status.equals(coordinator
                .given()
                .get(RunFixtures.RUN, run)
                .then()
                .statusCode(200)
                .extract()
                .path("status"))) {
            assertThat(System.nanoTime())
                    .as("run %s %s within 30 s", run, status)
                    .isLessThan(deadline);
            PackagedApp.sleep(Duration.ofMillis(100));
        }
    }
}
