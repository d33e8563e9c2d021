package eu.loopmentoring.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountRegistrationTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    private static Map<String, Object> registration(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", "correct horse battery staple 2026");
        body.put("displayName", "Ana Costa");
        body.put("country", "PT");
        body.put("preferredLanguage", "pt");
        return body;
    }

    private static String uniqueEmail() {
        return "ana-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void a_person_registers_logs_in_and_reads_their_account_without_any_password_in_it() {
        String email = uniqueEmail();

        String id = Api.given()
                .contentType("application/json")
                .body(registration(email))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/me"))
                .body("email", equalTo(email))
                .body("displayName", equalTo("Ana Costa"))
                .body("platformRoles", org.hamcrest.Matchers.empty())
                .body(not(containsString("correct horse")))
                .extract()
                .path("id");

        TestAccounts.Login ana = TestAccounts.login(email.toUpperCase(), "correct horse battery staple 2026");
        ana.given()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("id", equalTo(id))
                .body("country", equalTo("PT"))
                .body("password", nullValue());
    }

    @Test
    void a_second_account_for_the_same_email_in_any_case_is_a_409() {
        String email = uniqueEmail();
        Api.given()
                .contentType("application/json")
                .body(registration(email))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);

        Api.given()
                .contentType("application/json")
                .body(registration(email.toUpperCase()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"));
    }

    @Test
    void a_weak_password_names_the_field() {
        Map<String, Object> tooShort = registration(uniqueEmail());
        tooShort.put("password", "short");
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(tooShort)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("password"));

        String email = uniqueEmail();
        Map<String, Object> theEmail = registration(email);
        theEmail.put("password", email);
        Api.given()
                .contentType("application/json")
                .body(theEmail)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("password"))
                .body("violations[0].message", containsString("email"));
    }

    @Test
    void a_common_password_is_refused_in_any_letter_case_with_the_reason() {
        // every 10th password of 12 or more characters in the bundled list, as typed and in upper case
        List<String> common = new ArrayList<>(me.gosimple.nbvcxz.resources.DictionaryUtil.loadRankedDictionary(
                        me.gosimple.nbvcxz.resources.DictionaryUtil.passwords)
                .keySet());
        common.removeIf(p -> p.length() < 12);
        java.util.Collections.sort(common);
        assertThat(common).hasSizeGreaterThan(400);
        for (int i = 0; i < common.size(); i += 10) {
            for (String password : List.of(common.get(i), common.get(i).toUpperCase(java.util.Locale.ROOT))) {
                Map<String, Object> body = registration(uniqueEmail());
                body.put("password", password);
                Api.given()
                        .contentType("application/json")
                        .body(body)
                        .post("/api/v1/accounts")
                        .then()
                        .statusCode(400)
                        .body("violations[0].in", equalTo("BODY"))
                        .body("violations[0].field", equalTo("password"))
                        .body("violations[0].message", containsString("most common passwords"));
            }
        }
    }

    @Test
    void an_address_told_too_often_that_an_email_exists_is_locked_out_for_a_while() {
        String email = uniqueEmail();
        Api.given()
                .contentType("application/json")
                .body(registration(email))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);
        java.util.Random random = new java.util.Random();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        String[] cases = {email.toUpperCase(), email, capitalised(email)};
        for (int i = 0; i < 10; i++) {
            Api.given()
                    .header("X-Forwarded-For", address)
                    .contentType("application/json")
                    .body(registration(cases[i % cases.length]))
                    .post("/api/v1/accounts")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("already exists"));
        }

        Response locked = Api.given()
                .header("X-Forwarded-For", address)
                .contentType("application/json")
                .body(registration(uniqueEmail()))
                .post("/api/v1/accounts");
        locked.then().statusCode(429).body("type", equalTo(PROBLEMS + "too-many-requests"));
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 900);

        Api.given()
                .header("X-Forwarded-For", "198.51.100.200")
                .contentType("application/json")
                .body(registration(uniqueEmail()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);
    }

    private static String capitalised(String email) {
        return Character.toUpperCase(email.charAt(0)) + email.substring(1, email.indexOf('@')) + "@EXAMPLE.org";
    }

    @Test
    void every_missing_or_malformed_field_is_listed() {
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("email", "not-an-email", "country", "Portugal"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("violations.field", hasItems("email", "password", "displayName", "country", "preferredLanguage"))
                .body("violations.in", org.hamcrest.Matchers.everyItem(equalTo("BODY")));
    }

    @Test
    void privileged_fields_cannot_be_smuggled_in_and_nothing_is_created() {
        String email = uniqueEmail();
        Map<String, Object> body = registration(email);
        body.put("platformRoles", List.of("ADMINISTRATOR"));

        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("platformRoles"))
                .body("violations[0].message", containsString("not a known property"));

        TestAccounts.administrator()
                .given()
                .queryParam("email", email)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void a_body_that_is_not_json_is_a_400_and_another_media_type_a_415() {
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body("{\"email\": \"a@b.c\",")
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("detail", containsString("line"));

        Api.givenInvalidRequest()
                .contentType("text/plain")
                .body("email=a@b.c")
                .post("/api/v1/accounts")
                .then()
                .statusCode(415)
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }

    @Test
    void a_retried_registration_with_the_same_idempotency_key_returns_the_first_answer() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = registration(uniqueEmail());

        Response first = Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/accounts");
        Response replay = Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/accounts");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location"))
                .isEqualTo(first.header("Location"))
                .endsWith("/api/v1/me");
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_a_422() {
        String key = UUID.randomUUID().toString();
        Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(registration(uniqueEmail()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);

        Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(registration(uniqueEmail()))
                .post("/api/v1/accounts")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
    }

    @Test
    void concurrent_duplicates_with_one_idempotency_key_create_one_account() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = registration(uniqueEmail());
        Callable<Response> attempt = () -> Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/accounts");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(attempt));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.jsonPath().getString("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
    }
}
