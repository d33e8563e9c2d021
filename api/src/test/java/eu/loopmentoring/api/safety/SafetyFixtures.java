package eu.loopmentoring.api.safety;

import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Blocks and reports over HTTP, for the safety tests and others. */
public final class SafetyFixtures {

    private SafetyFixtures() {}

    public static final String BLOCKS = "/api/v1/me/blocks";
    public static final String BLOCK = "/api/v1/me/blocks/{personId}";
    public static final String REPORTS = "/api/v1/person-reports";
    public static final String REPORT = "/api/v1/person-reports/{reportId}";
    public static final String RESOLUTION = "/api/v1/person-reports/{reportId}/resolution";

    public static void block(Login blocker, Login blocked) {
        blocker.given()
                .contentType("application/json")
                .body(Map.of("personId", blocked.id()))
                .post(BLOCKS)
                .then()
                .statusCode(201)
                .body("personId", equalTo(blocked.id()));
    }

    public static String report(Login reporter, Login reported, String relationshipId) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", reported.id());
        body.put("category", "HARASSMENT");
        body.put("text", "Repeated unwanted messages.");
        if (relationshipId != null) {
            body.put("relationshipId", relationshipId);
        }
        return reporter.given()
                .contentType("application/json")
                .header("Idempotency-Key", "report-" + UUID.randomUUID())
                .body(body)
                .post(REPORTS)
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    /** A new person made a moderator by the administrator. */
    public static Login moderator() {
        Login person = TestAccounts.newPerson("Moderator");
        Login admin = TestAccounts.administrator();
        String roles = "/api/v1/admin/users/{id}/platform-roles";
        String etag = admin.given()
                .get(roles, person.id())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("MODERATOR")))
                .put(roles, person.id())
                .then()
                .statusCode(200);
        return person;
    }

    /**
     * Safety data of {@code person} with {@code other} in every table: each blocks the other and
     * reports the other (so {@code person} is a blocker, blocked, reporter and reported). Returns
     * the id of the report {@code person} filed.
     */
    public static String footprint(Login person, Login other) {
        block(person, other);
        block(other, person);
        report(other, person, null);
        return report(person, other, null);
    }
}
