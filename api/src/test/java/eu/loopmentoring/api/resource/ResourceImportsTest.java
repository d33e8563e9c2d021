package eu.loopmentoring.api.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/resource-imports}: partner bulk import, row by row, in the background. */
@QuarkusTest
class ResourceImportsTest {

    private static final String IMPORTS = "/api/v1/resource-imports";
    private static final String IMPORT = "/api/v1/resource-imports/{importId}";

    private String organization;
    private String writer;
    private String tag;

    @BeforeEach
    void aPartnerWithResourcesWrite() {
        Login admin = TestAccounts.administrator();
        organization = PartnerClients.organization(TestAccounts.newPerson());
        writer = PartnerClients.accessToken(
                PartnerClients.client(admin, organization, "resources:read", "resources:write"), null);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private String csv() {
        return String.join(
                "\n",
                "title,summary,type,url,languages,licence,topics,authors,estimatedMinutes,targetGroups",
                "Imported plan " + tag + ",A plan in four meetings.,ACTIVITY_PLAN,https://example.org/i1,en;pt,"
                        + "CC-BY-4.0,induction;mentoring,Ana Costa,45,MENTORS;TEACHERS",
                "X,Too short a title and an ftp address,VIDEO,ftp://example.org/i2,en,CC-BY-4.0,induction,Ana,,",
                "Imported video " + tag + ",\"A video, with a comma.\",VIDEO,https://example.org/i3,fi,CC0-1.0,"
                        + "digital-pedagogy,Maria Lehtinen,10,TEACHERS",
                "Imported podcast " + tag + ",Not a type of ours,PODCAST,https://example.org/i4,en,CC-BY-4.0,x,A,,",
                "\"Unclosed quote " + tag + ",oops,DOCUMENT,https://example.org/i5,en,CC-BY-4.0,x,A,,");
    }

    private static io.restassured.response.Response post(String token, String contentType, String body, String key) {
        var request = PartnerClients.as(token)
                .contentType(contentType + "; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(IMPORTS);
    }

    /** The job once done (the worker runs every second). */
    private static JsonPath done(String token, String id) {
        return await("import " + id + " done")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> PartnerClients.as(token)
                                .get(IMPORT, id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        job -> job.getString("status").equals("DONE"));
    }

    @Test
    void a_mixed_csv_file_creates_the_good_rows_as_submitted_resources_and_names_the_bad_rows_fields() {
        String id = post(writer, "text/csv", csv(), null)
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/resource-imports/"))
                .body("status", equalTo("PENDING"))
                .body("rows", equalTo(5))
                .extract()
                .path("id");

        JsonPath job = done(writer, id);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getList("results.outcome"))
                .containsExactly("CREATED", "INVALID", "CREATED", "INVALID", "INVALID");
        assertThat(job.getList("results.row")).containsExactly(1, 2, 3, 4, 5);
        assertThat(job.getInt("created")).isEqualTo(2);
        assertThat(job.getInt("invalid")).isEqualTo(3);
        assertThat(job.<String>getList("results[1].violations.field")).containsExactlyInAnyOrder("title", "url");
        assertThat(job.<String>getList("results[3].violations.field")).containsExactly("type");
        assertThat(job.<String>getList("results[4].violations.field")).containsExactly("row");

        Login moderator = ResourceFixtures.moderator();
        String created = job.getString("results[0].resourceId");
        moderator
                .given()
                .get(ResourceFixtures.RESOURCE, created)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("organizationId", equalTo(organization))
                .body("title", equalTo("Imported plan " + tag))
                .body("languages", equalTo(List.of("en", "pt")))
                .body("audience.targetGroups", org.hamcrest.Matchers.containsInAnyOrder("MENTORS", "TEACHERS"));
        ResourceFixtures.decide(moderator, created, "PUBLISH", null).then().statusCode(200);
        PartnerClients.as(writer)
                .get(ResourceFixtures.RESOURCE, job.getString("results[2].resourceId"))
                .then()
                .statusCode(404);
    }

    @Test
    void a_large_file_is_imported_a_hundred_rows_a_transaction_and_every_row_is_created_once() {
        StringBuilder file = new StringBuilder(
                "title,summary,type,url,languages,licence,topics,authors,estimatedMinutes,targetGroups");
        for (int n = 1; n <= 250; n++) {
            file.append("\nBulk resource ")
                    .append(n)
                    .append(' ')
                    .append(tag)
                    .append(",One of many.,DOCUMENT,https://example.org/bulk/")
                    .append(n)
                    .append(",en,CC-BY-4.0,induction,Luca Rossi,5,TEACHERS");
        }
        String id = post(writer, "text/csv", file.toString(), null)
                .then()
                .statusCode(202)
                .body("rows", equalTo(250))
                .body("processed", equalTo(0))
                .extract()
                .path("id");

        JsonPath job = done(writer, id);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("processed")).isEqualTo(250);
        assertThat(job.getInt("created")).isEqualTo(250);
        assertThat(job.<Integer>getList("results.row"))
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 250).boxed().toList());
        assertThat(job.<String>getList("results.resourceId"))
                .doesNotHaveDuplicates()
                .doesNotContainNull();
        assertThat(job.getString("finishedAt")).isNotNull();
    }

    @Test
    void json_lines_are_read_line_by_line_and_a_bad_line_never_blocks_the_good_ones() {
        Map<String, Object> good = ResourceFixtures.content("Imported from JSON Lines " + tag);
        String body = String.join(
                "\n",
                toJson(good),
                "not json at all",
                "",
                "{\"title\": \"No languages " + tag + "\", \"type\": \"DOCUMENT\", \"url\": \"https://example.org/j\","
                        + " \"languages\": [], \"licence\": \"MIT\", \"authors\": [\"A\"]}");

        String id = post(writer, "application/x-ndjson", body, null)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath job = done(writer, id);

        assertThat(job.getList("results.outcome")).containsExactly("CREATED", "INVALID", "INVALID");
        assertThat(job.getList("results.row")).containsExactly(1, 2, 4);
        assertThat(job.<String>getList("results[2].violations.field")).containsExactly("languages");
    }

    @Test
    void the_same_file_with_the_same_idempotency_key_is_the_same_job_and_creates_nothing_twice() {
        String key = UUID.randomUUID().toString();
        String first = post(writer, "text/csv", csv(), key)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath done = done(writer, first);

        post(writer, "text/csv", csv(), key)
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        assertThat(done(writer, first).getList("results.resourceId")).isEqualTo(done.getList("results.resourceId"));
    }

    @Test
    void only_the_posting_client_follows_its_job_and_people_or_readers_cannot_import() {
        String id = post(writer, "text/csv", csv(), null)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Login admin = TestAccounts.administrator();
        String otherWriter = PartnerClients.accessToken(
                PartnerClients.client(admin, PartnerClients.organization(TestAccounts.newPerson()), "resources:write"),
                null);
        String reader = PartnerClients.accessToken(PartnerClients.client(admin, organization, "resources:read"), null);

        PartnerClients.as(otherWriter).get(IMPORT, id).then().statusCode(404);
        post(reader, "text/csv", csv(), null).then().statusCode(403);
        TestAccounts.newPerson()
                .given()
                .contentType("text/csv; charset=UTF-8")
                .body(csv().getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS)
                .then()
                .statusCode(403);
        Api.givenInvalidRequest()
                .auth()
                .oauth2(writer)
                .contentType("application/xml")
                .body("<resources/>")
                .post(IMPORTS)
                .then()
                .statusCode(415);
    }

    private static String toJson(Map<String, Object> value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
