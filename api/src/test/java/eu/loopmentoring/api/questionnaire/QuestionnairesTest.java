package eu.loopmentoring.api.questionnaire;

import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.CURRENT;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.PROBLEMS;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.PUBLICATION;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.QUESTIONNAIRE;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.QUESTIONNAIRES;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.V1;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.body;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.contentOf;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.draftFromV1;
import static eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.likert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.questionnaire.QuestionnaireFixtures.Draft;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnairesTest {

    private static final List<String> DIMENSIONS = List.of(
            "CULTURAL_BACKGROUND",
            "PEDAGOGICAL_CONCEPTIONS",
            "EXPERIENCE",
            "COMMUNICATION_SKILLS",
            "CREATIVITY",
            "PROFESSIONAL_KNOWLEDGE",
            "PROBLEM_SOLVING",
            "MOTIVATION",
            "TRAINING_NEEDS");

    @Test
    void everyone_reads_version_1_with_its_nine_sections() {
        TestAccounts.newPerson()
                .given()
                .get(QUESTIONNAIRE, V1)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("versionNumber", equalTo(1))
                .body("status", equalTo("PUBLISHED"))
                .body("language", equalTo("en"))
                .body("publishedAt", notNullValue())
                .body("sections.dimension", contains(DIMENSIONS.toArray()))
                .body("sections[0].items.scored", everyItem(equalTo(false)))
                .body("sections[1].items.key", hasItem("pc-learner-agency"))
                .body(
                        "sections.find { it.dimension == 'TRAINING_NEEDS' }.items.find { it.key == 'tn-development-areas' }.options.value",
                        hasItem("classroom-management"));
    }

    @Test
    void the_current_questionnaire_is_the_highest_published_version_and_answers_304_when_unchanged() {
        TestAccounts.Login teacher = TestAccounts.newPerson();
        JsonPath current = teacher.given()
                .get(CURRENT)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("versionNumber", greaterThanOrEqualTo(1))
                .body("sections", hasSize(9))
                .extract()
                .jsonPath();
        int highest = teacher.given()
                .queryParam("status", "PUBLISHED")
                .queryParam("limit", 1)
                .get(QUESTIONNAIRES)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].versionNumber");
        assertThat(current.getInt("versionNumber")).isEqualTo(highest);

        String etag = teacher.given().get(CURRENT).header("ETag");
        teacher.given().header("If-None-Match", etag).get(CURRENT).then().statusCode(304);
    }

    @Test
    void an_api_client_reads_the_published_questionnaire() {
        QuestionnaireFixtures.apiClient()
                .get(QUESTIONNAIRE, V1)
                .then()
                .statusCode(200)
                .body("sections", hasSize(9));
        QuestionnaireFixtures.apiClient().get(CURRENT).then().statusCode(200);
    }

    @Test
    void a_draft_is_invisible_to_everyone_but_administrators() {
        TestAccounts.Login admin = TestAccounts.administrator();
        Draft draft = draftFromV1(admin, "Invisible draft");
        TestAccounts.Login teacher = TestAccounts.newPerson();

        admin.given().get(QUESTIONNAIRE, draft.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
        teacher.given()
                .get(QUESTIONNAIRE, draft.id())
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        QuestionnaireFixtures.apiClient().get(QUESTIONNAIRE, draft.id()).then().statusCode(404);
        teacher.given()
                .queryParam("limit", 100)
                .get(QUESTIONNAIRES)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(draft.id())))
                .body("items.status", everyItem(equalTo("PUBLISHED")));
        teacher.given()
                .queryParam("status", "DRAFT")
                .get(QUESTIONNAIRES)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        admin.given()
                .queryParam("status", "DRAFT")
                .queryParam("limit", 100)
                .get(QUESTIONNAIRES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(draft.id()));
    }

    @Test
    void only_administrators_create_drafts() {
        TestAccounts.newPerson()
                .given()
                .contentType("application/json")
                .body(body("basedOn", V1))
                .post(QUESTIONNAIRES)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void an_empty_draft_has_a_title_and_no_sections() {
        TestAccounts.administrator()
                .given()
                .contentType("application/json")
                .body(Map.of())
                .post(QUESTIONNAIRES)
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("versionNumber", nullValue())
                .body("title", notNullValue())
                .body("sections", hasSize(0));
    }

    @Test
    void administrators_edit_a_draft_from_version_1_and_publish_it_as_the_next_version() {
        TestAccounts.Login admin = TestAccounts.administrator();
        String v1Before = admin.given().get(QUESTIONNAIRE, V1).asString();
        Draft draft = draftFromV1(admin, "Version with a new creativity item");
        JsonPath read = admin.given()
                .get(QUESTIONNAIRE, draft.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(read.getList("sections.dimension")).isEqualTo(DIMENSIONS);

        Map<String, Object> content = contentOf(read);
        content.put("introduction", "A shorter introduction.");
        addItem(content, 4, likert("cr-playful-learning", "I use games and play to help learners explore ideas."));

        admin.given()
                .contentType("application/json")
                .body(content)
                .put(QUESTIONNAIRE, draft.id())
                .then()
                .statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        String changed = replace(admin, draft.id(), draft.etag(), content)
                .statusCode(200)
                .body("introduction", equalTo("A shorter introduction."))
                .body("sections[4].items.key", hasItem("cr-playful-learning"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(draft.etag());
        replace(admin, draft.id(), draft.etag(), content)
                .statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));

        int before = admin.given().get(CURRENT).then().extract().path("versionNumber");
        JsonPath published = admin.given()
                .post(PUBLICATION, draft.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .extract()
                .jsonPath();
        assertThat(published.getInt("versionNumber")).isEqualTo(before + 1);

        TestAccounts.newPerson()
                .given()
                .get(CURRENT)
                .then()
                .statusCode(200)
                .body("id", equalTo(draft.id()))
                .body("versionNumber", equalTo(before + 1))
                .body("sections[4].items.key", hasItem("cr-playful-learning"));
        assertThat(admin.given().get(QUESTIONNAIRE, V1).asString()).isEqualTo(v1Before);

        admin.given().post(PUBLICATION, draft.id()).then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
    }

    @Test
    void a_published_questionnaire_cannot_be_changed_or_deleted() {
        TestAccounts.Login admin = TestAccounts.administrator();
        io.restassured.response.Response v1 = admin.given().get(QUESTIONNAIRE, V1);
        admin.given()
                .contentType("application/json")
                .header("If-Match", v1.header("ETag"))
                .body(contentOf(v1.jsonPath()))
                .put(QUESTIONNAIRE, V1)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", containsString("new draft"));
        admin.given()
                .header("If-Match", v1.header("ETag"))
                .delete(QUESTIONNAIRE, V1)
                .then()
                .statusCode(409);
        admin.given().get(QUESTIONNAIRE, V1).then().statusCode(200).body("versionNumber", equalTo(1));
    }

    @Test
    void a_draft_is_deleted_with_its_etag() {
        TestAccounts.Login admin = TestAccounts.administrator();
        Draft draft = draftFromV1(admin, "Short-lived draft");
        admin.given().delete(QUESTIONNAIRE, draft.id()).then().statusCode(428);
        admin.given()
                .header("If-Match", draft.etag())
                .delete(QUESTIONNAIRE, draft.id())
                .then()
                .statusCode(204);
        admin.given().get(QUESTIONNAIRE, draft.id()).then().statusCode(404);
    }

    @Test
    void others_may_not_change_a_draft() {
        Draft draft = draftFromV1(TestAccounts.administrator(), "Guarded draft");
        TestAccounts.Login teacher = TestAccounts.newPerson();
        teacher.given().post(PUBLICATION, draft.id()).then().statusCode(403);
        teacher.given()
                .header("If-Match", draft.etag())
                .delete(QUESTIONNAIRE, draft.id())
                .then()
                .statusCode(403);
    }

    @Test
    void publishing_a_draft_without_enough_scored_items_names_each_dimension_short_of_them() {
        TestAccounts.Login admin = TestAccounts.administrator();
        Draft draft = draftFromV1(admin, "Incomplete draft");
        JsonPath read = admin.given().get(QUESTIONNAIRE, draft.id()).jsonPath();
        Map<String, Object> content = contentOf(read);
        List<Map<String, Object>> sections = sections(content);
        sections.removeIf(s -> s.get("dimension").equals("MOTIVATION"));
        sections.get(4).put("items", List.of(((List<?>) sections.get(4).get("items")).get(0)));
        String etag = replace(admin, draft.id(), draft.etag(), content)
                .statusCode(200)
                .extract()
                .header("ETag");

        admin.given()
                .post(PUBLICATION, draft.id())
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body(
                        "detail",
                        allOf(
                                containsString("CREATIVITY has 1 scored item, needs at least 3"),
                                containsString("MOTIVATION has 0 scored items (no section)"),
                                not(containsString("PROBLEM_SOLVING"))));
        admin.given().get(QUESTIONNAIRE, draft.id()).then().header("ETag", etag).body("status", equalTo("DRAFT"));
    }

    @Test
    void invalid_draft_content_is_a_400_naming_each_path() {
        TestAccounts.Login admin = TestAccounts.administrator();
        Draft draft = draftFromV1(admin, "Draft with mistakes");
        Map<String, Object> content =
                contentOf(admin.given().get(QUESTIONNAIRE, draft.id()).jsonPath());
        List<Map<String, Object>> sections = sections(content);
        // a scored item in the cultural background, a duplicate key, a choice item with one option
        addItem(content, 0, likert("cb-scored", "I am scored."));
        addItem(content, 2, likert("pc-learner-agency", "A second item with an existing key."));
        addItem(
                content,
                3,
                body(
                        "key", "cs-one-option",
                        "kind", "SINGLE_CHOICE",
                        "text", "Only one way",
                        "options", List.of(body("value", "only", "label", "Only"))));
        sections.get(7).put("dimension", "CREATIVITY"); // the motivation section becomes a second creativity one

        replace(admin, draft.id(), draft.etag(), content)
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body(
                        "violations.field",
                        contains(
                                "sections[0].items[5].scored",
                                "sections[2].items[5].key",
                                "sections[3].items[5].options",
                                "sections[7].dimension"))
                .body("violations[1].message", containsString("is also the key of sections[1].items[0]"));
    }

    @Test
    void identity_status_and_version_in_a_put_body_are_rejected() {
        TestAccounts.Login admin = TestAccounts.administrator();
        Draft draft = draftFromV1(admin, "Mass assignment");
        Map<String, Object> content =
                contentOf(admin.given().get(QUESTIONNAIRE, draft.id()).jsonPath());
        content.put("status", "PUBLISHED");
        content.put("versionNumber", 99);

        Api.givenInvalidRequest()
                .auth()
                .oauth2(admin.accessToken())
                .contentType("application/json")
                .header("If-Match", draft.etag())
                .body(content)
                .put(QUESTIONNAIRE, draft.id())
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"));
        admin.given()
                .get(QUESTIONNAIRE, draft.id())
                .then()
                .body("status", equalTo("DRAFT"))
                .body("versionNumber", nullValue());
    }

    /** PUT the content with If-Match, answer ready to check. */
    private static ValidatableResponse replace(
            TestAccounts.Login admin, String id, String ifMatch, Map<String, Object> content) {
        return admin.given()
                .contentType("application/json")
                .header("If-Match", ifMatch)
                .body(content)
                .put(QUESTIONNAIRE, id)
                .then();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sections(Map<String, Object> content) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Object section : (List<Object>) content.get("sections")) {
            sections.add(new HashMap<>((Map<String, Object>) section));
        }
        content.put("sections", sections);
        return sections;
    }

    @SuppressWarnings("unchecked")
    private static void addItem(Map<String, Object> content, int section, Map<String, Object> item) {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) content.get("sections");
        if (!(sections instanceof ArrayList)) {
            sections = sections(content);
        }
        Map<String, Object> target = sections.get(section);
        List<Object> items = new ArrayList<>((List<Object>) target.get("items"));
        items.add(item);
        target.put("items", items);
    }
}
