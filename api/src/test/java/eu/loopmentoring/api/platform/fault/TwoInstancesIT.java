package eu.loopmentoring.api.platform.fault;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.api.matching.RunFixtures;
import eu.loopmentoring.api.mentoring.FirstAcceptanceTest;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.platform.embedded.DataDirectoryLockTest;
import eu.loopmentoring.api.support.PackagedApp;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import eu.loopmentoring.api.support.ThrowAwayDatabase;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one database, as behind a load balancer: while clients write through
 * both, matching runs asked for on both are each done once, a publication asked for on both at once
 * is done once, and the races on a version (If-Match) and on a mentor's last place stay exact when
 * the contenders are split over the two instances.
 */
class TwoInstancesIT extends PackagedAppFaults {

    private static final int RUNS = 6;
    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 15;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void every_job_is_done_once_and_every_race_stays_exact_across_two_instances_on_one_database() throws Exception {
        ThrowAwayDatabase database = newDatabase();
        Map<String, String> env = environment(database);
        PackagedApp a = start("twins-a", env);
        PackagedApp b = start("twins-b", env);
        a.awaitReady(Duration.ofSeconds(120));
        b.awaitReady(Duration.ofSeconds(120));
        List<PackagedApp> both = List.of(a, b);
        use(a); // the fixtures' instance; the contended requests alternate

        RunFixtures.Coalition coalition = RunFixtures.Coalition.found();
        for (int i = 0; i < 2; i++) {
            RunFixtures.offer(coalition.member("Mentor " + i), 2, "pt");
        }
        for (int i = 0; i < 3; i++) {
            RunFixtures.request(coalition.member("Mentee " + i), "pt");
        }
        Login mentor = TestAccounts.newPerson("Mentor with one place");
        String offer = MentoringFixtures.offer(mentor, 1);
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            proposals.add(MentoringFixtures.proposal(TestAccounts.newPerson("Mentee " + i), offer));
        }
        Login editor = TestAccounts.newPerson("Editor");

        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        closeAfter(writers::shutdownNow);
        Map<String, PackagedApp> written = new ConcurrentHashMap<>();
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writing.add(writers.submit(() -> {
                for (int i = 0; i < WRITES_EACH; i++) {
                    PackagedApp on = both.get((writer + i) % 2);
                    String id = on(editor, on)
                            .contentType("application/json")
                            .body(Map.of(
                                    "name",
                                    "Twins " + UUID.randomUUID(),
                                    "countries",
                                    List.of("PT"),
                                    "admission",
                                    "OPEN"))
                            .post("/api/v1/coalitions")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id");
                    written.put(id, on);
                }
            }));
        }

        List<String> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(on(coalition.coordinator(), both.get(i % 2))
                    .contentType("application/json")
                    .body(Map.of("coalitionId", coalition.id()))
                    .post(RunFixtures.RUNS)
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id"));
        }

        List<Response> profileChanges = FirstAcceptanceTest.atOnce(contenders(
                10,
                i -> on(editor, both.get(i % 2))
                        .contentType("application/json")
                        .header("If-Match", "\"0\"")
                        .body(Map.of("bio", "Written by contender " + i))
                        .patch("/api/v1/me/profile")));
        assertThat(profileChanges).extracting(Response::statusCode).containsOnly(200, 412);
        assertThat(profileChanges.stream().filter(r -> r.statusCode() == 200)).hasSize(1);

        List<Response> acceptances = FirstAcceptanceTest.atOnce(contenders(
                proposals.size(),
                i -> on(mentor, both.get(i % 2))
                        .contentType("application/json")
                        .body(Map.of("answer", "ACCEPT"))
                        .post(MentoringFixtures.RESPONSES, proposals.get(i))));
        assertThat(acceptances).extracting(Response::statusCode).containsOnly(200, 422);
        assertThat(acceptances.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        assertThat((Integer) on(mentor, b)
                        .get(MentoringFixtures.OFFER, offer)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("remainingCapacity"))
                .isZero();

        for (Future<?> writer : writing) {
            writer.get(120, TimeUnit.SECONDS);
        }
        assertThat(written).hasSize(WRITERS * WRITES_EACH);
        written.forEach((id, on) -> on(editor, on == a ? b : a)
                .get("/api/v1/coalitions/{coalitionId}", id)
                .then()
                .statusCode(200));

        for (String run : runs) {
            RunFixtures.finished(coalition.coordinator(), run);
            Pattern stored = Pattern.compile("matching run " + run + ": \\d+ requests");
            assertThat(a.count(stored) + b.count(stored))
                    .as("run %s done once", run)
                    .isEqualTo(1);
        }
        assertThat(a.log() + b.log())
                .doesNotContain("taken over by another worker")
                .doesNotContainPattern("matching run \\S+ failed");

        String published = runs.getFirst();
        List<Response> publications = FirstAcceptanceTest.atOnce(contenders(
                6, i -> on(coalition.coordinator(), both.get(i % 2)).post(RunFixtures.PUBLICATION, published)));
        assertThat(publications).extracting(Response::statusCode).containsOnly(202, 409);
        assertThat(publications.stream().filter(r -> r.statusCode() == 202)).hasSize(1);
        JsonPath run = RunFixtures.published(coalition.coordinator(), published);
        assertThat(run.getInt("result.matched")).isEqualTo(3);
        assertThat(run.getInt("publication.proposed"))
                .as("each pair proposed once")
                .isEqualTo(3);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void a_second_embedded_instance_on_the_same_data_directory_stops_at_once_naming_LOOP_EMBEDDED_DATA_DIR(
            @TempDir Path directory) throws Exception {
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DataDirectoryLockTest.Holder.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        closeAfter(holder::destroyForcibly);
        assertThat(new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8))
                .isEqualTo("locked");

        PackagedApp second = start("second-embedded", Map.of("LOOP_EMBEDDED_DATA_DIR", directory.toString()));

        assertThat(second.awaitExit(Duration.ofSeconds(60))).isTrue();
        assertThat(second.process().exitValue()).isEqualTo(2);
        assertThat(second.log())
                .contains("Another LOOP Mentoring instance is running on the embedded database in " + directory)
                .contains("LOOP_EMBEDDED_DATA_DIR")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    private static RequestSpecification on(Login person, PackagedApp instance) {
        return person.given().port(instance.port());
    }

    private static List<Callable<Response>> contenders(int count, java.util.function.IntFunction<Response> call) {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int contender = i;
            calls.add(() -> call.apply(contender));
        }
        return calls;
    }
}
