package eu.loopmentoring.api.identity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdministrationTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    private static final String ROLES = "/api/v1/admin/users/{id}/platform-roles";

    private TestAccounts.Login admin;

    @BeforeEach
    void logIn() {
        admin = TestAccounts.administrator();
    }

    @Test
    void an_administrator_grants_a_role_under_if_match_and_it_applies_at_once() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String etag = admin.given()
                .get(ROLES, ana.id())
                .then()
                .statusCode(200)
                .body("roles", org.hamcrest.Matchers.empty())
                .extract()
                .header("ETag");

        String newEtag = admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("MODERATOR")))
                .put(ROLES, ana.id())
                .then()
                .statusCode(200)
                .body("roles", contains("MODERATOR"))
                .extract()
                .header("ETag");
        org.assertj.core.api.Assertions.assertThat(newEtag).isNotEqualTo(etag);

        // The token Ana already holds carries no roles: they are read on every request.
        ana.given().get("/api/v1/me").then().statusCode(200).body("platformRoles", contains("MODERATOR"));
    }

    @Test
    void a_change_without_if_match_is_a_428_and_with_an_old_etag_a_412_and_nothing_changes() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String etag = admin.given().get(ROLES, ana.id()).then().extract().header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("MODERATOR")))
                .put(ROLES, ana.id())
                .then()
                .statusCode(200);

        admin.given()
                .contentType("application/json")
                .body(Map.of("roles", List.of("ADMINISTRATOR")))
                .put(ROLES, ana.id())
                .then()
                .statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("ADMINISTRATOR")))
                .put(ROLES, ana.id())
                .then()
                .statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));

        admin.given().get(ROLES, ana.id()).then().body("roles", contains("MODERATOR"));
    }

    @Test
    void an_administrator_cannot_withdraw_their_own_administrator_role() {
        String etag = admin.given().get(ROLES, admin.id()).then().extract().header("ETag");

        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of()))
                .put(ROLES, admin.id())
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"));
    }

    @Test
    void people_who_are_not_administrators_cannot_read_or_grant_roles_nor_grant_themselves_any() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String etag = admin.given().get(ROLES, ana.id()).then().extract().header("ETag");

        ana.given().get(ROLES, ana.id()).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("ADMINISTRATOR")))
                .put(ROLES, ana.id())
                .then()
                .statusCode(403);
        ana.given().get("/api/v1/admin/users").then().statusCode(403);
        ana.given().get("/api/v1/admin/audit-events").then().statusCode(403);

        ana.given().get("/api/v1/me").then().body("platformRoles", org.hamcrest.Matchers.empty());
    }

    @Test
    void an_unknown_person_is_a_404() {
        admin.given().get(ROLES, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void roles_cannot_be_changed_together_with_other_fields() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String etag = admin.given().get(ROLES, ana.id()).then().extract().header("ETag");

        Api.givenInvalidRequest()
                .auth()
                .oauth2(admin.accessToken())
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("MODERATOR"), "email", "takeover@example.org"))
                .put(ROLES, ana.id())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("email"));

        admin.given().get(ROLES, ana.id()).then().header("ETag", etag).body("roles", org.hamcrest.Matchers.empty());
    }

    @Test
    void administrators_find_people_by_email_prefix_page_by_page() {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            Api.given()
                    .contentType("application/json")
                    .body(Map.of(
                            "email",
                            prefix + "-" + i + "@example.org",
                            "password",
                            TestAccounts.PASSWORD,
                            "displayName",
                            "Paged " + i,
                            "country",
                            "FI",
                            "preferredLanguage",
                            "fi"))
                    .post("/api/v1/accounts")
                    .then()
                    .statusCode(201);
        }

        String next = admin.given()
                .queryParam("email", prefix.toUpperCase())
                .queryParam("limit", 2)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items.email", contains(prefix + "-0@example.org", prefix + "-1@example.org"))
                .extract()
                .path("next");
        admin.given()
                .queryParam("email", prefix.toUpperCase())
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items.email", contains(prefix + "-2@example.org"))
                .body("next", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void the_audit_log_records_failed_logins_and_role_changes_without_secrets() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        Api.givenForm("grant_type", "password", "username", ana.email(), "password", "a wrong password")
                .header("X-Forwarded-For", "192.0.2.77")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400);
        String etag = admin.given().get(ROLES, ana.id()).then().extract().header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("MODERATOR")))
                .put(ROLES, ana.id())
                .then()
                .statusCode(200);

        admin.given()
                .queryParam("subjectId", ana.id())
                .get("/api/v1/admin/audit-events")
                .then()
                .statusCode(200)
                .body("items.type", hasItem("LOGIN_FAILED"))
                .body("items.type", hasItem("PLATFORM_ROLES_CHANGED"))
                .body("items.type", hasItem("ACCOUNT_REGISTERED"))
                .body("items.find { it.type == 'LOGIN_FAILED' }.ipAddress", equalTo("192.0.2.77"))
                .body("items.detail", everyItem(not(startsWith("a wrong password"))));

        admin.given()
                .queryParam("type", "PLATFORM_ROLES_CHANGED")
                .queryParam("limit", 5)
                .get("/api/v1/admin/audit-events")
                .then()
                .statusCode(200)
                .body("items.type", everyItem(equalTo("PLATFORM_ROLES_CHANGED")));
    }
}
