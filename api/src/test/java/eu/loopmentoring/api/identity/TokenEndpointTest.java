package eu.loopmentoring.api.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenEndpointTest {

    private static Response password(String email, String password, String fromAddress) {
        return Api.givenForm("grant_type", "password", "username", email, "password", password)
                .header("X-Forwarded-For", fromAddress)
                .post("/api/v1/auth/token");
    }

    private static Response refresh(String refreshToken) {
        return Api.givenForm("grant_type", "refresh_token", "refresh_token", refreshToken)
                .post("/api/v1/auth/token");
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    @Test
    void a_password_login_gives_a_short_lived_rs256_access_token_in_the_rfc_9068_profile_and_a_refresh_token()
            throws Exception {
        TestAccounts.Login ana = TestAccounts.newPerson();

        Response response = password(ana.email(), ana.password(), "192.0.2.10");
        response.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", lessThanOrEqualTo(900))
                .body("expires_in", greaterThan(0));
        String access = response.jsonPath().getString("access_token");

        JsonNode header = part(access, 0);
        JsonNode claims = part(access, 1);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("typ").asText()).isEqualTo("at+jwt");
        assertThat(claims.get("iss").asText()).isEqualTo("https://loopmentoring.eu");
        assertThat(claims.get("aud").toString()).contains("loop-mentoring-api");
        assertThat(claims.get("sub").asText()).isEqualTo(ana.id());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(900);
        assertThat(response.jsonPath().getString("refresh_token")).isNotBlank();

        Api.given()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .body("keys.kid", hasItem(header.get("kid").asText()));
    }

    @Test
    void an_unknown_email_and_a_wrong_password_get_the_same_answer() {
        TestAccounts.Login ana = TestAccounts.newPerson();

        Response wrongPassword = password(ana.email(), "not the right password", "192.0.2.20");
        Response unknownEmail = password("nobody-" + ana.email(), "not the right password", "192.0.2.21");

        assertThat(wrongPassword.statusCode()).isEqualTo(400).isEqualTo(unknownEmail.statusCode());
        assertThat(wrongPassword.asString()).isEqualTo(unknownEmail.asString());
        assertThat(wrongPassword.jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void a_refresh_token_is_spent_by_its_use_and_reusing_it_revokes_the_whole_login() {
        TestAccounts.Login ana = TestAccounts.newPerson();

        Response rotated = refresh(ana.refreshToken());
        rotated.then().statusCode(200);
        String next = rotated.jsonPath().getString("refresh_token");
        Api.given()
                .auth()
                .oauth2(rotated.jsonPath().getString("access_token"))
                .get("/api/v1/me")
                .then()
                .statusCode(200);

        refresh(ana.refreshToken()).then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(next).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void a_revoked_refresh_token_no_longer_works_and_unknown_ones_are_accepted_silently() {
        TestAccounts.Login ana = TestAccounts.newPerson();

        Api.givenForm("token", ana.refreshToken())
                .post("/api/v1/auth/revoke")
                .then()
                .statusCode(200);
        Api.givenForm("token", "never-issued")
                .post("/api/v1/auth/revoke")
                .then()
                .statusCode(200);

        refresh(ana.refreshToken()).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void requests_the_token_endpoint_cannot_serve_get_oauth_errors() {
        Api.givenInvalidRequest()
                .contentType("application/x-www-form-urlencoded")
                .body("grant_type=authorization_code")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
        Api.form(Api.givenInvalidRequest(), "username", "someone@example.org")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        Api.givenForm("grant_type", "password", "username", "someone@example.org")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void five_failures_lock_the_account_even_for_the_right_password() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        for (int i = 0; i < 5; i++) {
            password(ana.email(), "wrong password " + i, "198.51.100." + i)
                    .then()
                    .statusCode(400);
        }

        Response locked = password(ana.email(), ana.password(), "198.51.100.99");

        locked.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://loopmentoring.eu/problems/too-many-requests"));
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 900);

        // the lockout and the refused attempt are in the audit log, though the answer was an error
        TestAccounts.administrator()
                .given()
                .queryParam("subjectId", ana.id())
                .queryParam("type", "LOGIN_THROTTLED")
                .get("/api/v1/admin/audit-events")
                .then()
                .statusCode(200)
                .body("items.ipAddress", org.hamcrest.Matchers.containsInAnyOrder("198.51.100.4", "198.51.100.99"))
                .body("items.detail", org.hamcrest.Matchers.hasItem(containsString("locked the account")))
                .body("items.detail", org.hamcrest.Matchers.hasItem(containsString("refused while locked")));
    }

    @Test
    void many_failures_from_one_address_lock_that_address_for_every_account() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        for (int i = 0; i < 10; i++) {
            password("someone-" + i + "@example.org", "not the password", "203.0.113.50")
                    .then()
                    .statusCode(400);
        }

        password(ana.email(), ana.password(), "203.0.113.50").then().statusCode(429);
        password(ana.email(), ana.password(), "203.0.113.51").then().statusCode(200);
    }
}
