package eu.loopmentoring.api.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import eu.loopmentoring.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * An access token lives up to 15 minutes, but it stops working as soon as its login is revoked:
 * the login is checked in the database on every request, so on every instance at once. (An erased
 * person's tokens: {@code ErasureTest}; a disabled API client's: {@code PartnerAccessTest}.)
 */
@QuarkusTest
class AccessTokenRevocationTest {

    private static final String ME = "/api/v1/me";
    private static final String UNAUTHORIZED = "https://loopmentoring.eu/problems/unauthorized";

    @Test
    void revoking_the_refresh_token_stops_the_access_tokens_of_its_login_and_no_other() {
        Login ana = TestAccounts.newPerson();
        Login anaElsewhere = TestAccounts.login(ana.email(), ana.password());

        Api.givenForm("token", ana.refreshToken())
                .post("/api/v1/auth/revoke")
                .then()
                .statusCode(200);

        refused(ana.accessToken());
        anaElsewhere.given().get(ME).then().statusCode(200);
    }

    @Test
    void reusing_a_spent_refresh_token_stops_every_access_token_of_that_login() {
        Login ana = TestAccounts.newPerson();
        JsonPath rotated = refresh(ana.refreshToken());
        String next = rotated.getString("access_token");
        Api.given().auth().oauth2(ana.accessToken()).get(ME).then().statusCode(200);
        Api.given().auth().oauth2(next).get(ME).then().statusCode(200);

        Api.givenForm("grant_type", "refresh_token", "refresh_token", ana.refreshToken())
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_grant"));

        refused(ana.accessToken());
        refused(next);
    }

    @Test
    void a_rotation_keeps_the_login_and_its_earlier_access_token_working() {
        Login ana = TestAccounts.newPerson();

        String next =
                refresh(refresh(ana.refreshToken()).getString("refresh_token")).getString("access_token");

        ana.given().get(ME).then().statusCode(200);
        Api.given().auth().oauth2(next).get(ME).then().statusCode(200);
    }

    @Test
    void a_platform_token_for_a_person_without_a_login_or_with_an_unknown_one_is_refused() {
        Login ana = TestAccounts.newPerson();

        refused(Tokens.resigned(ana.accessToken(), claims -> claims.unsetClaim("sid")));
        refused(Tokens.resigned(ana.accessToken(), claims -> claims.setClaim("sid", "not-a-login")));
        refused(Tokens.resigned(
                ana.accessToken(),
                claims -> claims.setClaim("sid", java.util.UUID.randomUUID().toString())));
    }

    private static JsonPath refresh(String refreshToken) {
        return Api.givenForm("grant_type", "refresh_token", "refresh_token", refreshToken)
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void refused(String accessToken) {
        Api.given()
                .auth()
                .oauth2(accessToken)
                .get(ME)
                .then()
                .statusCode(401)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo(UNAUTHORIZED))
                .body("detail", containsString("login was revoked"));
    }
}
