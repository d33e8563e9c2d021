package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.EvaluationFixtures.SUMMARY;
import static eu.loopmentoring.api.learningpath.EvaluationFixtures.answer;
import static eu.loopmentoring.api.learningpath.EvaluationFixtures.evaluate;
import static eu.loopmentoring.api.learningpath.LearningPathSuggestionTest.answered;
import static eu.loopmentoring.api.learningpath.LearningPathSuggestionTest.scoring;
import static eu.loopmentoring.api.learningpath.LearningPathSuggestionTest.suggestion;
import static eu.loopmentoring.api.learningpath.PathFixtures.ENROLLMENT;
import static eu.loopmentoring.api.learningpath.PathFixtures.MY_ENROLLMENTS;
import static eu.loopmentoring.api.learningpath.PathFixtures.record;
import static eu.loopmentoring.api.profile.ResponseFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.learningpath.PathFixtures.PublishedPath;
import eu.loopmentoring.api.resource.ResourceFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The whole learning loop of issue 14, through the API only, every request and answer validated
 * against the OpenAPI document. Each clause of its "Done when" is proven as follows:
 *
 * <ul>
 *   <li><b>a person with weak dimensions</b>: a new person submits the profile questionnaire scoring
 *       communication skills and creativity low and everything else high;
 *   <li><b>gets a suggestion that names them</b>: the suggestion's modules and its steps' reasons
 *       name both dimensions, and the path develops both;
 *   <li><b>enrols</b>: {@code POST /api/v1/me/enrollments} with {@code fromSuggestion} stores the
 *       suggested steps as the person's own path;
 *   <li><b>works through it with evidence</b>: every required step in order, each only once it is
 *       unlocked (the assessment waits for the reflections, a reflection for its module's resources),
 *       resources with evidence, reflections with an answer, optional steps the reflections wait for
 *       skipped;
 *   <li><b>re-answers the assessment</b>: the {@code ASSESSMENT} step is done after submitting the
 *       questionnaire again, with high answers;
 *   <li><b>completes it, sees the change</b>: the enrollment is {@code COMPLETED} and its {@code
 *       measuredChange} rises on both weak dimensions;
 *   <li><b>rates it</b>: {@code PUT .../evaluation} with a rating and both needs met;
 *   <li><b>receives a credential that verifies</b>: the JWT of {@code GET .../credential} verifies
 *       with jose4j knowing nothing but the published JWKS document, for this person and enrollment;
 *   <li><b>the author sees the summary with small groups withheld</b>: a personal path has no author
 *       (its learner is refused its summary), so the second test runs the loop cheaply on a template:
 *       a learner weak in the template's dimension completes it, answers again and rates it, and the
 *       template's author reads every figure of that one learner withheld. That the figures show from
 *       five people on is {@link EvaluationsTest}'s.
 * </ul>
 */
@QuarkusTest
class LearningLoopTest {

    private static final Set<String> WEAK = Set.of("COMMUNICATION_SKILLS", "CREATIVITY");

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwks;

    @Test
    void a_person_with_weak_dimensions_goes_round_the_whole_loop_on_their_suggested_path() throws Exception {
        Map<String, Object> resource = ResourceFixtures.content("Listening and new ideas " + UUID.randomUUID());
        resource.put("profileDimensions", List.copyOf(WEAK));
        ResourceFixtures.published(TestAccounts.newPerson(), TestAccounts.administrator(), resource);
        Login ines = answered("Inês Duarte", WEAK);

        JsonPath suggested = suggestion(ines);
        assertThat(suggested.<String>getList("modules.findAll { it.reason.code == 'WEAK_DIMENSION' }.reason.dimension"))
                .containsAll(WEAK);
        assertThat(suggested.<String>getList("steps.reasons.flatten().dimension"))
                .containsAll(WEAK);
        assertThat(suggested.<String>getList("profileDimensions")).containsAll(WEAK);

        JsonPath enrollment = ines.given()
                .contentType("application/json")
                .body(Map.of("fromSuggestion", true))
                .post(MY_ENROLLMENTS)
                .then()
                .statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .extract()
                .jsonPath();
        String id = enrollment.getString("id");
        String pathId = enrollment.getString("learningPathId");
        assertThat(enrollment.<String>getList("steps.step.key")).isEqualTo(suggested.getList("steps.key"));
        assertThat(enrollment.<String>getList("steps.step.kind")).contains("RESOURCE", "REFLECTION", "ASSESSMENT");
        assertThat(enrollment.getBoolean("steps.find { it.step.kind == 'ASSESSMENT' }.locked"))
                .isTrue();

        workThrough(ines, id, enrollment);

        JsonPath completed = ines.given()
                .get(ENROLLMENT, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedAt", not(nullValue()))
                .extract()
                .jsonPath();
        assertThat(completed.<String>getList(
                        "steps.findAll { it.step.kind == 'RESOURCE' && it.step.required }" + ".evidence.text"))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).startsWith("Worked through"));
        for (String dimension : WEAK) {
            assertThat(completed.getInt(
                            "measuredChange.dimensions.find { it.dimension == '" + dimension + "' }.change"))
                    .as("the measured change of %s", dimension)
                    .isPositive();
        }

        String firstStep = completed.getString("steps[0].step.key");
        evaluate(
                        ines,
                        id,
                        Map.of(
                                "overallRating",
                                5,
                                "text",
                                "I listen more and try new things.",
                                "stepRatings",
                                List.of(Map.of("stepKey", firstStep, "rating", 5)),
                                "needsMet",
                                WEAK.stream()
                                        .sorted()
                                        .map(need -> Map.of("need", need, "met", true))
                                        .toList()))
                .then()
                .statusCode(200)
                .body("overallRating", equalTo(5))
                .body("needsMet.met", everyItem(equalTo(true)));

        JwtClaims claims = CredentialsTest.verifier(jwks).processToClaims(CredentialsTest.bareJwt(ines, id));
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:" + ines.id());
        assertThat(claims.getJwtId()).isEqualTo("urn:uuid:" + id);
        assertThat(JsonPath.from(claims.toJson()).getString("vc.credentialSubject.achievement.id"))
                .endsWith("/api/v1/learning-paths/" + pathId);

        ines.given().get(SUMMARY, pathId).then().statusCode(403);
    }

    @Test
    void the_author_of_a_template_sees_the_figures_of_a_single_learners_loop_withheld() throws Exception {
        PublishedPath template = PathFixtures.aPublishedPath();
        Login ana = template.learner();
        submit(ana, scoring(ana, Set.of("COMMUNICATION_SKILLS"))).then().statusCode(201);
        String id = EvaluationFixtures.completed(ana, template.path());
        submit(ana, scoring(ana, Set.of())).then().statusCode(201);
        ana.given()
                .get(ENROLLMENT, id)
                .then()
                .statusCode(200)
                .body("measuredChange.dimensions.dimension", equalTo(List.of("COMMUNICATION_SKILLS")));
        evaluate(ana, id, answer(5)).then().statusCode(200);
        assertThat(CredentialsTest.verifier(jwks)
                        .processToClaims(CredentialsTest.bareJwt(ana, id))
                        .getSubject())
                .isEqualTo("urn:uuid:" + ana.id());

        template.author()
                .given()
                .get(SUMMARY, template.path())
                .then()
                .statusCode(200)
                .body("minimumGroup", equalTo(5))
                .body("enrolled.withheld", equalTo(true))
                .body("enrolled", not(hasKey("value")))
                .body("completed.withheld", equalTo(true))
                .body("overallRating.withheld", equalTo(true))
                .body("medianHoursToComplete.withheld", equalTo(true))
                .body("steps.done.withheld", everyItem(equalTo(true)))
                .body("steps.rating.withheld", everyItem(equalTo(true)))
                .body("needs.met.withheld", everyItem(equalTo(true)))
                .body("measuredChange.dimension", equalTo(List.of("COMMUNICATION_SKILLS")))
                .body("measuredChange.change.withheld", everyItem(equalTo(true)))
                .body("measuredChange.change", everyItem(not(hasKey("value"))));
    }

    /**
     * Does every required step of the enrollment in order, each once it is unlocked: the assessment
     * after answering the questionnaire again (high everywhere), a reflection with an answer, any
     * other kind with evidence; optional steps are skipped, so that what waits for them unlocks.
     */
    private static void workThrough(Login learner, String id, JsonPath enrollment) {
        JsonPath current = enrollment;
        for (Map<String, Object> progress : enrollment.<Map<String, Object>>getList("steps")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> step = (Map<String, Object>) progress.get("step");
            String key = (String) step.get("key");
            String kind = (String) step.get("kind");
            String at = "steps.find { it.step.key == '" + key + "' }";
            if (!Boolean.TRUE.equals(step.get("required"))) {
                current = record(learner, id, key, Map.of("status", "SKIPPED"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                continue;
            }
            assertThat(current.getBoolean(at + ".locked"))
                    .as("%s is unlocked", key)
                    .isFalse();
            Map<String, Object> change = switch (kind) {
                case "REFLECTION" -> Map.of("status", "DONE", "reflection", "I ask more than I tell now.");
                case "ASSESSMENT" -> {
                    submit(learner, scoring(learner, Set.of())).then().statusCode(201);
                    yield Map.of("status", "DONE");
                }
                default ->
                    Map.of(
                            "status",
                            "DONE",
                            "evidence",
                            Map.of(
                                    "text",
                                    "Worked through " + step.get("title") + ".",
                                    "links",
                                    List.of("https://example.org/notes")));
            };
            current = record(learner, id, key, change)
                    .then()
                    .statusCode(200)
                    .body(at + ".status", equalTo("DONE"))
                    .extract()
                    .jsonPath();
        }
        assertThat(current.getString("status")).isEqualTo("COMPLETED");
    }
}
