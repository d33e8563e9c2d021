package eu.loopmentoring.api.support;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** People for tests: registered through the API and logged in through the token endpoint. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@tests.loopmentoring.eu";
    public static final String ADMIN_PASSWORD = "administrator password for the tests";
    public static final String PASSWORD = "a long enough password";

    private TestAccounts() {}

    /** A logged-in person. */
    public record Login(String id, String email, String password, String accessToken, String refreshToken) {

        /** A request carrying this person's access token, validated against the contract. */
        public RequestSpecification given() {
            return Api.given().auth().oauth2(accessToken);
        }
    }

    public static Login newPerson() {
        return newPerson("Test Person");
    }

    public static Login newPerson(String displayName) {
        String email = "person-" + UUID.randomUUID() + "@tests.loopmentoring.eu";
        Api.given()
                .contentType("application/json")
                .body(Map.of(
                        "email", email,
                        "password", PASSWORD,
                        "displayName", displayName,
                        "country", "PT",
                        "preferredLanguage", "pt"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);
        return login(email, PASSWORD);
    }

    public static Login administrator() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static Login login(String email, String password) {
        JsonPath tokens = Api.givenForm("grant_type", "password", "username", email, "password", password)
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String accessToken = tokens.getString("access_token");
        String id = Api.given()
                .auth()
                .oauth2(accessToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        return new Login(id, email, password, accessToken, tokens.getString("refresh_token"));
    }
}
