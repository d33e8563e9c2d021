package eu.loopmentoring.api.coalition;

import eu.loopmentoring.api.support.TestAccounts;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Coalitions and memberships made through the API, each with a name no other test uses. */
public final class CoalitionFixtures {

    static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    static final String COALITIONS = "/api/v1/coalitions";
    static final String COALITION = "/api/v1/coalitions/{coalitionId}";
    static final String MEMBERSHIPS = "/api/v1/coalitions/{coalitionId}/memberships";
    static final String MEMBERSHIP = "/api/v1/coalitions/{coalitionId}/memberships/{membershipId}";
    static final String APPROVAL = "/api/v1/coalitions/{coalitionId}/memberships/{membershipId}/approval";

    private CoalitionFixtures() {}

    /** A name prefix no other test (or earlier run against the same database) shares. */
    static String uniqueName(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 13);
    }

    static Map<String, Object> newCoalition(String name, String admission) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "A community for " + name + ".");
        body.put("countries", List.of("PT", "FI"));
        body.put("admission", admission);
        return body;
    }

    /** A coalition founded by {@code founder}; returns its id. */
    public static String found(TestAccounts.Login founder, String admission) {
        return found(founder, uniqueName("Coalition"), admission);
    }

    static String found(TestAccounts.Login founder, String name, String admission) {
        return founder.given()
                .contentType("application/json")
                .body(newCoalition(name, admission))
                .post(COALITIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** {@code person} joins; returns the new membership. */
    static ExtractableResponse<Response> join(TestAccounts.Login person, String coalitionId) {
        return person.given()
                .post(MEMBERSHIPS, coalitionId)
                .then()
                .statusCode(201)
                .extract();
    }

    /** {@code person} joins and, in a coalition by approval, an administrator approves; returns the membership id. */
    public static String activeMember(TestAccounts.Login person, String coalitionId) {
        ExtractableResponse<Response> joined = join(person, coalitionId);
        String id = joined.path("id");
        if ("REQUESTED".equals(joined.path("status"))) {
            TestAccounts.administrator()
                    .given()
                    .post(APPROVAL, coalitionId, id)
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    /** The id of {@code person}'s own membership, from the coalition as they see it. */
    static String myMembershipId(TestAccounts.Login person, String coalitionId) {
        return person.given()
                .get(COALITION, coalitionId)
                .then()
                .statusCode(200)
                .extract()
                .path("myMembership.membershipId");
    }

    static String membershipEtag(TestAccounts.Login reader, String coalitionId, String membershipId) {
        return reader.given()
                .get(MEMBERSHIP, coalitionId, membershipId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }
}
