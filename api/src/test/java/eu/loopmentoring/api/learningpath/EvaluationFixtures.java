package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static eu.loopmentoring.api.learningpath.PathFixtures.record;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Learners who complete a path and evaluate it, for the evaluation tests. */
public final class EvaluationFixtures {

    public static final String EVALUATION = "/api/v1/enrollments/{enrollmentId}/evaluation";
    public static final String SUMMARY = "/api/v1/learning-paths/{pathId}/evaluation-summary";

    private EvaluationFixtures() {}

    /** The learner enrols in {@code pathId} (a {@link PathFixtures#content} path) and completes it. */
    public static String completed(Login learner, String pathId) {
        String id = enrolled(learner, pathId);
        completedFrom(learner, id);
        return id;
    }

    /** The learner does the required steps of their enrollment {@code id} in a {@link PathFixtures#content} path. */
    static void completedFrom(Login learner, String id) {
        record(learner, id, "welcome", Map.of("status", "DONE", "evidence", Map.of("text", "Met my mentor.")))
                .then()
                .statusCode(200);
        record(learner, id, "reflect", Map.of("status", "DONE", "reflection", "I listen more now."))
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));
    }

    public static Map<String, Object> answer(int rating) {
        return Map.of(
                "overallRating",
                rating,
                "text",
                "It helped in my first month.",
                "stepRatings",
                List.of(Map.of("stepKey", "welcome", "rating", rating)),
                "needsMet",
                List.of(Map.of("need", "COMMUNICATION_SKILLS", "met", rating >= 4)));
    }

    public static Response evaluate(Login learner, String enrollmentId, Map<String, Object> answer) {
        return learner.given().contentType("application/json").body(answer).put(EVALUATION, enrollmentId);
    }

    /**
     * What a person leaves in the evaluation table: a path of their own coalition they completed
     * and evaluated.
     */
    public static void footprint(Login person) {
        String coalition = CoalitionFixtures.found(person, "OPEN");
        String path = published(person, content("An evaluated path " + UUID.randomUUID(), "EVERYONE", coalition));
        evaluate(person, completed(person, path), answer(4)).then().statusCode(200);
    }
}
