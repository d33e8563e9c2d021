package eu.loopmentoring.api.identity;

import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An external issuer (a Keycloak realm, say) configured instead of the platform's own. */
@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
@TestProfile(ExternalIssuerTest.KeycloakRealm.class)
class ExternalIssuerTest {

    static final String REALM = "https://keycloak.tests.loopmentoring.eu/realms/loop";
    static final RsaJsonWebKey REALM_KEY = key();

    public static class KeycloakRealm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                // as a realm publishes its keys: a JWKS the service reads at start
                Path keys =
                        Files.createDirectories(Path.of("target", "test-realm")).resolve("certs.json");
                Files.writeString(keys, new JsonWebKeySet(REALM_KEY).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
                return Map.of("mp.jwt.verify.issuer", REALM, "mp.jwt.verify.publickey.location", keys.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static RsaJsonWebKey key() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("realm-key");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String realmToken(String subject, String email, boolean verified) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(REALM);
            claims.setAudience("loop-mentoring-api");
            claims.setSubject(subject);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(5);
            claims.setClaim("email", email);
            claims.setClaim("email_verified", verified);
            claims.setClaim("name", "Kai Kask");
            claims.setClaim("locale", "et-EE");
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setKeyIdHeaderValue(REALM_KEY.getKeyId());
            jws.setKey(REALM_KEY.getPrivateKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_person_from_the_realm_is_created_on_the_first_visit_and_recognised_afterwards() {
        String subject = "kc-" + UUID.randomUUID();
        String email = "kai-" + UUID.randomUUID() + "@example.org";

        String id = Api.given()
                .auth()
                .oauth2(realmToken(subject, email, true))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("displayName", equalTo("Kai Kask"))
                .body("country", equalTo("EE"))
                .extract()
                .path("id");

        Api.given()
                .auth()
                .oauth2(realmToken(subject, "changed-" + email, false))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void an_existing_account_with_the_verified_email_is_the_same_person() {
        String email = "linked-" + UUID.randomUUID() + "@example.org";
        Api.given()
                .contentType("application/json")
                .body(Map.of(
                        "email", email,
                        "password", TestAccounts.PASSWORD,
                        "displayName", "Linked",
                        "country", "EE",
                        "preferredLanguage", "et"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);

        Api.given()
                .auth()
                .oauth2(realmToken("kc-" + UUID.randomUUID(), email, true))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Linked"));
    }

    @Test
    void a_first_visit_without_a_verified_email_and_the_platform_s_own_tokens_are_refused() {
        Api.given()
                .auth()
                .oauth2(realmToken("kc-" + UUID.randomUUID(), "unverified@example.org", false))
                .get("/api/v1/me")
                .then()
                .statusCode(401);

        String own = Api.givenForm(
                        "grant_type",
                        "password",
                        "username",
                        TestAccounts.ADMIN_EMAIL,
                        "password",
                        TestAccounts.ADMIN_PASSWORD)
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        Api.given().auth().oauth2(own).get("/api/v1/me").then().statusCode(401);
    }
}
