package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Learning paths and enrollments made through the API, for the learning path tests. */
public final class PathFixtures {

    public static final String PATHS = "/api/v1/learning-paths";
    public static final String PATH = "/api/v1/learning-paths/{pathId}";
    public static final String PUBLICATION = "/api/v1/learning-paths/{pathId}/publication";
    public static final String DRAFTS = "/api/v1/learning-paths/{pathId}/drafts";
    public static final String MY_ENROLLMENTS = "/api/v1/me/enrollments";
    public static final String ENROLLMENT = "/api/v1/enrollments/{enrollmentId}";
    public static final String STEP = "/api/v1/enrollments/{enrollmentId}/steps/{stepKey}";
    public static final String WITHDRAWAL = "/api/v1/enrollments/{enrollmentId}/withdrawal";

    private PathFixtures() {}

    /**
     * What most learning path tests start from: an {@code author}, the open {@code coalition} they
     * founded, a {@link #content} path for everyone they published in it, and a {@code learner}
     * who has not enrolled yet.
     */
    public record PublishedPath(Login author, String coalition, String path, Login learner) {}

    public static PublishedPath aPublishedPath() {
        Login author = TestAccounts.newPerson("Marta Lopes");
        String coalition = CoalitionFixtures.found(author, "OPEN");
        String path = published(author, content("Induction year " + UUID.randomUUID(), "EVERYONE", coalition));
        return new PublishedPath(author, coalition, path, TestAccounts.newPerson("Ana Costa"));
    }

    static Map<String, Object> step(String key, String kind, boolean required, String... dependsOn) {
        Map<String, Object> step = new HashMap<>();
        step.put("key", key);
        step.put("kind", kind);
        step.put("title", "Step " + key);
        step.put("instructions", "Do " + key + ".");
        step.put("required", required);
        step.put("dependsOn", List.of(dependsOn));
        return step;
    }

    static Map<String, Object> resourceStep(String key, String resourceId, boolean required, String... dependsOn) {
        Map<String, Object> step = step(key, "RESOURCE", required, dependsOn);
        step.put("resourceId", resourceId);
        return step;
    }

    static Map<String, Object> reflectionStep(String key, boolean required, String... dependsOn) {
        Map<String, Object> step = step(key, "REFLECTION", required, dependsOn);
        step.put("prompt", "What changed in your classroom?");
        return step;
    }

    /**
     * A path of three steps: {@code welcome} (a required activity asking for evidence), {@code
     * reflect} (a required reflection after it) and {@code extra} (an optional activity), owned by
     * {@code coalitionId} when given.
     */
    public static Map<String, Object> content(String title, String visibility, String coalitionId) {
        Map<String, Object> welcome = step("welcome", "ACTIVITY", true);
        welcome.put("evidenceRequested", true);
        welcome.put("module", "The first month");
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(welcome);
        steps.add(reflectionStep("reflect", true, "welcome"));
        steps.add(step("extra", "ACTIVITY", false));
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "The first year of a new teacher, step by step.");
        body.put("languages", List.of("en", "pt"));
        body.put("audience", Map.of("careerStages", List.of("INDUCTION"), "targetGroups", List.of("TEACHERS")));
        body.put("profileDimensions", List.of("COMMUNICATION_SKILLS"));
        body.put("topics", List.of("induction"));
        body.put("estimatedHours", 12);
        body.put("visibility", visibility);
        if (coalitionId != null) {
            body.put("coalitionId", coalitionId);
        }
        body.put("steps", steps);
        body.put("minimumOptionalSteps", 0);
        return body;
    }

    /**
     * What a person leaves in the learning path tables: a coalition path they authored and
     * published, and their enrollment in it with evidence.
     */
    public static void footprint(Login person) {
        String coalition = CoalitionFixtures.found(person, "OPEN");
        String path = published(person, content("A footprint path " + UUID.randomUUID(), "EVERYONE", coalition));
        String enrollment = enrolled(person, path);
        record(person, enrollment, "welcome", Map.of("status", "IN_PROGRESS", "evidence", Map.of("text", "Notes.")))
                .then()
                .statusCode(200);
    }

    static Response create(Login author, Map<String, Object> content) {
        return author.given().contentType("application/json").body(content).post(PATHS);
    }

    public static String draft(Login author, Map<String, Object> content) {
        return create(author, content).then().statusCode(201).extract().path("id");
    }

    static Response publish(Login author, String pathId) {
        String etag = author.given()
                .get(PATH, pathId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return author.given().header("If-Match", etag).post(PUBLICATION, pathId);
    }

    public static String published(Login author, Map<String, Object> content) {
        String id = draft(author, content);
        publish(author, id).then().statusCode(200);
        return id;
    }

    static Response enrol(Login learner, String pathId) {
        return learner.given()
                .contentType("application/json")
                .body(Map.of("learningPathId", pathId))
                .post(MY_ENROLLMENTS);
    }

    public static String enrolled(Login learner, String pathId) {
        return enrol(learner, pathId).then().statusCode(201).extract().path("id");
    }

    /** Records {@code change} on a step at the enrollment's current version. */
    public static Response record(Login learner, String enrollmentId, String step, Map<String, Object> change) {
        String etag = learner.given()
                .get(ENROLLMENT, enrollmentId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return learner.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(change)
                .put(STEP, enrollmentId, step);
    }
}
