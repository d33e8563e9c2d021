package eu.loopmentoring.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every operation the contract secures refuses every kind of bad token with 401, a Bearer
 * challenge and a problem: read from the document, so a new secured operation is covered the day
 * it is declared.
 */
@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
class TokenMutationTest {

    private record Operation(String method, String path) {}

    @Test
    void every_secured_operation_refuses_every_bad_token() {
        String valid = TestAccounts.administrator().accessToken();
        // Each bad token is made once and sent to every operation.
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", null);
        badTokens.put("malformed", "this-is-not-a-jwt");
        badTokens.put("expired", Tokens.resigned(valid, c -> {
            c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
            c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 1800));
        }));
        badTokens.put("wrong issuer", Tokens.resigned(valid, c -> c.setIssuer("https://evil.example")));
        badTokens.put("wrong audience", Tokens.resigned(valid, c -> c.setAudience("another-api")));
        badTokens.put("alg none", Tokens.unsigned(valid));
        badTokens.put("HS256 with the public key", Tokens.hs256WithThePublicKey(valid));
        badTokens.put("unknown kid", Tokens.signedByUnknownKey(valid));
        badTokens.put(
                "tampered payload", Tokens.tampered(valid, UUID.randomUUID().toString()));

        List<Operation> secured = securedOperations();
        assertThat(secured).isNotEmpty();
        for (Operation operation : secured) {
            for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                RequestSpecification request = Api.givenInvalidRequest()
                        .contentType("application/json")
                        .body("{}");
                if (bad.getValue() != null) {
                    request = request.auth().oauth2(bad.getValue());
                }
                Response response = request.request(operation.method(), operation.path());
                String what = operation + " with " + bad.getKey();
                assertThat(response.statusCode()).as(what).isEqualTo(401);
                assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer");
                // Jackson, not RestAssured's JsonPath: that compiles a Groovy script per lookup.
                assertThat(Api.json(response).path("type").asText())
                        .as(what)
                        .isEqualTo("https://loopmentoring.eu/problems/unauthorized");
            }
        }
    }

    @Test
    void a_valid_token_of_a_person_who_no_longer_exists_is_refused() {
        String valid = TestAccounts.newPerson().accessToken();
        String ghost =
                Tokens.resigned(valid, c -> c.setSubject(UUID.randomUUID().toString()));

        Api.given().auth().oauth2(ghost).get("/api/v1/me").then().statusCode(401);
    }

    private static List<Operation> securedOperations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = Api.committedDocument().path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            paths.get(path).fields().forEachRemaining(entry -> {
                JsonNode security = entry.getValue().path("security");
                if (security.isArray()
                        && !security.isEmpty()
                        && !security.get(0).isEmpty()) {
                    operations.add(new Operation(
                            entry.getKey().toUpperCase(Locale.ROOT),
                            path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString())));
                }
            });
        }
        return operations;
    }
}
