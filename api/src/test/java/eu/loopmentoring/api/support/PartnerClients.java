package eu.loopmentoring.api.support;

import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organisations and partner API clients made through the API, and the clients' tokens. */
public final class PartnerClients {

    private PartnerClients() {}

    public record Client(String id, String secret) {}

    /** A university registered by {@code who}, who becomes its coordinator; returns its id. */
    public static String organization(Login who, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "UNIVERSITY");
        body.put("country", "EE");
        return who.given()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String organization(Login who) {
        return organization(who, "University " + UUID.randomUUID());
    }

    /** Creates, as {@code admin}, a client of the organisation with these scopes. */
    public static Response create(Login admin, String organizationId, String... scopes) {
        return admin.given()
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Integration " + UUID.randomUUID(),
                        "organizationId",
                        organizationId,
                        "scopes",
                        List.of(scopes)))
                .post("/api/v1/admin/api-clients");
    }

    public static Client client(Login admin, String organizationId, String... scopes) {
        Response created = create(admin, organizationId, scopes);
        created.then().statusCode(201);
        return new Client(
                created.jsonPath().getString("client.id"), created.jsonPath().getString("clientSecret"));
    }

    /** The token endpoint's answer to the client's credentials (HTTP Basic), asking for {@code scope} if given. */
    public static Response token(Client client, String scope) {
        String basic = Base64.getEncoder()
                .encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        RequestSpecification request = scope == null
                ? Api.givenForm("grant_type", "client_credentials")
                : Api.givenForm("grant_type", "client_credentials", "scope", scope);
        return request.header("Authorization", "Basic " + basic).post("/api/v1/auth/token");
    }

    public static String accessToken(Client client, String scope) {
        return token(client, scope).then().statusCode(200).extract().path("access_token");
    }

    /** A request carrying the access token, validated against the contract. */
    public static RequestSpecification as(String accessToken) {
        return Api.given().auth().oauth2(accessToken);
    }
}
