package eu.loopmentoring.api.partner;

import static eu.loopmentoring.api.support.PartnerClients.accessToken;
import static eu.loopmentoring.api.support.PartnerClients.as;
import static eu.loopmentoring.api.support.PartnerClients.organization;
import static eu.loopmentoring.api.support.PartnerClients.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.PartnerClients.Client;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import eu.loopmentoring.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerAccessTest {

    private static final String CLIENTS = "/api/v1/admin/api-clients";
    private static final String CLIENT = "/api/v1/admin/api-clients/{id}";

    private Login admin;
    private Login coordinator;
    private String university;
    private String otherOrganization;

    @BeforeEach
    void setUp() {
        admin = TestAccounts.administrator();
        coordinator = TestAccounts.newPerson("Coordinator");
        university = organization(coordinator, "University " + UUID.randomUUID());
        otherOrganization = organization(TestAccounts.newPerson(), "Other " + UUID.randomUUID());
    }

    private Client client(String... scopes) {
        Response created = PartnerClients.create(admin, university, scopes);
        created.then().statusCode(201).body("client.enabled", equalTo(true));
        return new Client(
                created.jsonPath().getString("client.id"), created.jsonPath().getString("clientSecret"));
    }

    @Test
    void an_administrator_creates_a_client_whose_secret_is_shown_once() {
        Client client = client("organizations:read", "resources:read");

        admin.given()
                .get(CLIENT, client.id())
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(university))
                .body("scopes", contains("resources:read", "organizations:read"))
                .body("secrets[0].createdAt", notNullValue())
                .body(not(containsString(client.secret())));
        admin.given()
                .queryParam("organizationId", university)
                .get(CLIENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(client.id()));
    }

    @Test
    void a_partner_sees_its_own_organisation_and_members_and_nothing_else() {
        Client client = client("organizations:read");
        Response issued = token(client, null);
        issued.then()
                .statusCode(200)
                .body("scope", equalTo("organizations:read"))
                .body("refresh_token", org.hamcrest.Matchers.nullValue());
        String token = issued.jsonPath().getString("access_token");
        assertThat(Tokens.claimsOf(token).getClaimValueAsString("sub")).isEqualTo(client.id());

        as(token).get("/api/v1/organizations").then().statusCode(200).body("items.id", contains(university));
        as(token).get("/api/v1/organizations/{id}", university).then().statusCode(200);
        as(token).get("/api/v1/organizations/{id}", otherOrganization).then().statusCode(404);
        as(token)
                .get("/api/v1/organizations/{id}/memberships", university)
                .then()
                .statusCode(200)
                .body("items.person.displayName", contains("Coordinator"))
                .body(not(containsString("@")));
        as(token)
                .get("/api/v1/organizations/{id}/memberships", otherOrganization)
                .then()
                .statusCode(404);
    }

    @Test
    void a_partner_token_is_refused_what_its_scopes_or_its_nature_do_not_allow() {
        String resourcesOnly = accessToken(client("resources:read"), null);
        String organizations = accessToken(client("organizations:read"), null);

        as(resourcesOnly)
                .get("/api/v1/organizations")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://loopmentoring.eu/problems/forbidden"));
        as(organizations).get("/api/v1/me").then().statusCode(403);
        as(organizations)
                .contentType("application/json")
                .body(Map.of("name", "Partner-made", "kind", "OTHER", "country", "EE"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403);
        as(organizations).get(CLIENTS).then().statusCode(403);
    }

    @Test
    void the_token_endpoint_refuses_bad_client_credentials_and_scopes_in_the_oauth_format() {
        Client client = client("organizations:read");

        token(client, "analytics:read").then().statusCode(400).body("error", equalTo("invalid_scope"));
        token(new Client(client.id(), "loop_sk_wrong"), null)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("invalid_client"));
        token(new Client(UUID.randomUUID().toString(), client.secret()), null)
                .then()
                .statusCode(401);
        Api.givenForm("grant_type", "client_credentials", "client_id", client.id(), "client_secret", client.secret())
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200);
        Api.givenForm("grant_type", "client_credentials", "client_id", client.id(), "client_secret", client.secret())
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8)))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void disabling_a_client_stops_its_tokens_at_once_and_narrowing_its_scopes_too() {
        Client client = client("organizations:read", "resources:read");
        String token = accessToken(client, null);
        as(token).get("/api/v1/organizations/{id}", university).then().statusCode(200);

        String etag = admin.given().get(CLIENT, client.id()).then().extract().header("ETag");
        etag = admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("scopes", List.of("resources:read")))
                .patch(CLIENT, client.id())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(token).get("/api/v1/organizations/{id}", university).then().statusCode(403);

        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("enabled", false))
                .patch(CLIENT, client.id())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        as(token).get("/api/v1/organizations").then().statusCode(401);
        token(client, null).then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void after_a_rotation_both_secrets_work_during_the_overlap_and_without_overlap_only_the_new_one() {
        Client client = client("organizations:read");

        String second = admin.given()
                .contentType("application/json")
                .body(Map.of("previousSecretsValidForHours", 24))
                .post(CLIENT + "/secrets", client.id())
                .then()
                .statusCode(201)
                .body("previousSecretsExpireAt", notNullValue())
                .extract()
                .path("clientSecret");
        token(client, null).then().statusCode(200);
        token(new Client(client.id(), second), null).then().statusCode(200);

        String third = admin.given()
                .contentType("application/json")
                .body(Map.of("previousSecretsValidForHours", 0))
                .post(CLIENT + "/secrets", client.id())
                .then()
                .statusCode(201)
                .extract()
                .path("clientSecret");
        token(client, null).then().statusCode(401);
        token(new Client(client.id(), second), null).then().statusCode(401);
        token(new Client(client.id(), third), null).then().statusCode(200);
    }

    @Test
    void only_administrators_manage_clients_and_their_changes_are_audited() {
        Client client = client("organizations:read");

        coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Mine", "organizationId", university, "scopes", List.of("organizations:read")))
                .post(CLIENTS)
                .then()
                .statusCode(403);
        coordinator.given().get(CLIENT, client.id()).then().statusCode(403);
        admin.given()
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Nowhere",
                        "organizationId",
                        UUID.randomUUID().toString(),
                        "scopes",
                        List.of("resources:read")))
                .post(CLIENTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));
        token(client, null).then().statusCode(200);

        admin.given()
                .queryParam("subjectId", client.id())
                .get("/api/v1/admin/audit-events")
                .then()
                .body("items.type", hasItem("API_CLIENT_CREATED"))
                .body("items.type", hasItem("TOKEN_ISSUED"));
    }
}
