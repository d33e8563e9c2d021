package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.learningpath.PathFixtures.PublishedPath;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The credential of a completed enrollment, checked as an outside verifier would: with a JOSE
 * library and nothing but the JWKS document the platform publishes.
 */
@QuarkusTest
class CredentialsTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    private static final String CREDENTIAL = "/api/v1/enrollments/{enrollmentId}/credential";
    private static final String ISSUER = "https://loopmentoring.eu";

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwks;

    private Login author;
    private String coalition;
    private String path;
    private Login learner;

    @BeforeEach
    void aPublishedPath() {
        PublishedPath given = PathFixtures.aPublishedPath();
        author = given.author();
        coalition = given.coalition();
        path = given.path();
        learner = given.learner();
    }

    private String completed(Login person) {
        return EvaluationFixtures.completed(person, path);
    }

    /** The credential of the person's enrollment as a bare JWT, as a verifier would fetch it. */
    static String bareJwt(Login person, String enrollmentId) {
        return person.given()
                .accept("application/vc+jwt")
                .get(CREDENTIAL, enrollmentId)
                .then()
                .statusCode(200)
                .contentType("application/vc+jwt")
                .extract()
                .asString();
    }

    private JwtConsumer verifier() {
        return verifier(jwks);
    }

    /** A verifier that knows only the JWKS URL: any key of it, RS256 only, the platform as issuer. */
    static JwtConsumer verifier(URL jwks) {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(jwks.toString())))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ISSUER)
                .setRequireSubject()
                .setRequireJwtId()
                .setRequireNotBefore()
                .setRequireIssuedAt()
                .setSkipDefaultAudienceValidation()
                .build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_completed_enrollment_gives_a_credential_that_verifies_with_the_jwks_alone() throws Exception {
        String id = completed(learner);

        String jwt = bareJwt(learner, id);

        JwtContext verified = verifier().process(jwt);
        JsonWebStructure jws = verified.getJoseObjects().getFirst();
        String publishedKid = Api.given()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .path("keys.find { it.kid == '" + jws.getKeyIdHeaderValue() + "' }.kid");
        assertThat(publishedKid).isEqualTo(jws.getKeyIdHeaderValue());
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
        assertThat(jws.getHeader("typ")).isEqualTo("JWT");
        JwtClaims claims = verified.getJwtClaims();
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:" + learner.id());
        assertThat(claims.getJwtId()).isEqualTo("urn:uuid:" + id);
        assertThat(claims.hasAudience()).isFalse();
        assertThat(claims.getExpirationTime()).isNull();
        Map<String, Object> vc = (Map<String, Object>) claims.getClaimValue("vc");
        assertThat(vc.get("@context"))
                .isEqualTo(List.of(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(vc.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(vc.get("id")).isEqualTo(claims.getJwtId());
        assertThat((Map<String, Object>) vc.get("issuer"))
                .containsEntry("id", ISSUER)
                .containsEntry("type", List.of("Profile"));
        Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
        assertThat(subject.get("id")).isEqualTo(claims.getSubject());
        assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertThat(achievement.get("id")).isEqualTo(ISSUER + "/api/v1/learning-paths/" + path);
        assertThat(achievement.get("name")).isEqualTo(vc.get("name"));
        assertThat((String) ((Map<String, Object>) achievement.get("criteria")).get("narrative"))
                .contains("every required step done (Step welcome; Step reflect)");
    }

    @Test
    void the_json_answer_carries_the_same_credential_decoded_and_stays_the_same() throws Exception {
        String id = completed(learner);

        Map<String, Object> first = learner.given()
                .get(CREDENTIAL, id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("credential.credentialSubject.achievement.type", equalTo(List.of("Achievement")))
                .extract()
                .as(Map.class);
        Map<String, Object> again = learner.given()
                .get(CREDENTIAL, id)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);

        JwtClaims claims = verifier().processToClaims((String) first.get("jwt"));
        assertThat(claims.getClaimValue("vc")).isEqualTo(first.get("credential"));
        assertThat(again).isEqualTo(first);
        assertThat(((Map<?, ?>) first.get("credential")).get("validFrom"))
                .isEqualTo(
                        Instant.ofEpochSecond(claims.getNotBefore().getValue()).toString());
        assertThat(claims.getIssuedAt()).isEqualTo(claims.getNotBefore());
    }

    @Test
    void a_tampered_credential_does_not_verify() {
        String id = completed(learner);
        String jwt = bareJwt(learner, id);
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("urn:uuid:" + learner.id(), "urn:uuid:" + UUID.randomUUID());
        assertThat(forged).isNotEqualTo(payload);
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThatThrownBy(() -> verifier().process(tampered)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void a_credential_is_not_an_access_token() {
        String id = completed(learner);
        String jwt = bareJwt(learner, id);

        Api.given().auth().oauth2(jwt).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void a_running_enrollment_has_no_credential_yet() {
        String id = enrolled(learner, path);

        learner.given()
                .get(CREDENTIAL, id)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("0 of 2 required steps done"));
    }

    @Test
    void a_stranger_gets_404_for_a_completed_enrollment() {
        String id = completed(learner);
        Login stranger = TestAccounts.newPerson("Stranger");

        stranger.given().get(CREDENTIAL, id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given().accept("application/vc+jwt").get(CREDENTIAL, id).then().statusCode(404);
        Api.given().get(CREDENTIAL, id).then().statusCode(401);
    }

    @Test
    void the_export_lists_the_credentials_of_completed_enrollments() {
        String id = completed(learner);
        String issuedAt = learner.given()
                .get(CREDENTIAL, id)
                .then()
                .statusCode(200)
                .extract()
                .path("credential.validFrom");

        learner.given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .statusCode(200)
                .body("learning.credentials.id", equalTo(List.of("urn:uuid:" + id)))
                .body("learning.credentials[0].enrollmentId", equalTo(id))
                .body("learning.credentials[0].learningPathId", equalTo(path))
                .body("learning.credentials[0].issuedAt", equalTo(issuedAt));
        enrolled(learner, published(author, content("Not done " + UUID.randomUUID(), "EVERYONE", coalition)));
        learner.given()
                .get(PrivacyFixtures.EXPORT)
                .then()
                .body("learning.credentials.id", equalTo(List.of("urn:uuid:" + id)));
    }
}
