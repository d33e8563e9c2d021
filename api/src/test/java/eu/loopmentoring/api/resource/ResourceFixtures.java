package eu.loopmentoring.api.resource;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resources and moderators made through the API, for the resource bank's tests. */
public final class ResourceFixtures {

    public static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    public static final String RESOURCES = "/api/v1/resources";
    public static final String RESOURCE = "/api/v1/resources/{resourceId}";
    public static final String REVISIONS = "/api/v1/resources/{resourceId}/revisions";
    public static final String SUBMISSION = "/api/v1/resources/{resourceId}/submission";
    public static final String MODERATION = "/api/v1/resources/{resourceId}/moderation";
    public static final String WITHDRAWAL = "/api/v1/resources/{resourceId}/withdrawal";
    public static final String REVIEWS = "/api/v1/resources/{resourceId}/reviews";
    public static final String MY_REVIEW = "/api/v1/resources/{resourceId}/reviews/me";
    public static final String USES = "/api/v1/resources/{resourceId}/uses";
    public static final String REPORTS = "/api/v1/resources/{resourceId}/reports";
    public static final String MY_RESOURCES = "/api/v1/me/resources";
    public static final String QUEUE = "/api/v1/moderation/queue";
    public static final String RESOLUTION = "/api/v1/moderation/reports/{reportId}/resolution";

    private ResourceFixtures() {}

    /** The content of a valid resource, to change per test. */
    public static Map<String, Object> content(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "A four-week plan with which a mentor helps a new teacher settle in.");
        body.put("description", "## Week 1\nMeet the team.");
        body.put("type", "ACTIVITY_PLAN");
        body.put("url", "https://example.org/induction-plan");
        body.put("languages", List.of("pt", "en"));
        body.put("licence", "CC-BY-SA-4.0");
        body.put(
                "audience",
                Map.of(
                        "targetGroups",
                        List.of("MENTORS"),
                        "careerStages",
                        List.of("INDUCTION"),
                        "schoolLevels",
                        List.of()));
        body.put("profileDimensions", List.of("COMMUNICATION_SKILLS"));
        body.put("schoolDimensions", List.of("COLLABORATIVE_CULTURE"));
        body.put("topics", List.of("induction", "mentoring"));
        body.put("estimatedMinutes", 90);
        body.put("authors", List.of("Ana Costa", "João Silva"));
        return body;
    }

    public static Response create(Login author, Map<String, Object> content) {
        return author.given().contentType("application/json").body(content).post(RESOURCES);
    }

    /** A draft by {@code author}; returns its id. */
    public static String draft(Login author, String title) {
        return create(author, content(title)).then().statusCode(201).extract().path("id");
    }

    public static String submitted(Login author, String title) {
        String id = draft(author, title);
        author.given().post(SUBMISSION, id).then().statusCode(200);
        return id;
    }

    public static String published(Login author, Login moderator, String title) {
        return published(author, moderator, content(title));
    }

    public static String published(Login author, Login moderator, Map<String, Object> content) {
        String id = create(author, content).then().statusCode(201).extract().path("id");
        author.given().post(SUBMISSION, id).then().statusCode(200);
        decide(moderator, id, "PUBLISH", null).then().statusCode(200);
        return id;
    }

    public static Response decide(Login moderator, String id, String decision, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reason", reason);
        }
        return moderator.given().contentType("application/json").body(body).post(MODERATION, id);
    }

    public static Response change(Login author, String id, String ifMatch, Map<String, ?> changes) {
        return author.given()
                .contentType("application/json")
                .header("If-Match", ifMatch)
                .body(changes)
                .patch(RESOURCE, id);
    }

    public static Response withdraw(Login who, String id, Map<String, ?> withdrawal) {
        return who.given().contentType("application/json").body(withdrawal).post(WITHDRAWAL, id);
    }

    public static Response review(Login reviewer, String id, int rating, String comment) {
        return reviewer.given()
                .contentType("application/json")
                .body(Map.of("rating", rating, "comment", comment))
                .put(MY_REVIEW, id);
    }

    /** A new person with the platform role MODERATOR, granted by the tests' administrator. */
    public static Login moderator() {
        Login person = TestAccounts.newPerson("A moderator");
        Login admin = TestAccounts.administrator();
        String roles = "/api/v1/admin/users/{userId}/platform-roles";
        String etag = admin.given().get(roles, person.id()).then().extract().header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("MODERATOR")))
                .put(roles, person.id())
                .then()
                .statusCode(200);
        return person;
    }
}
