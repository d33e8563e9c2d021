package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.DRAFTS;
import static eu.loopmentoring.api.learningpath.PathFixtures.PATH;
import static eu.loopmentoring.api.learningpath.PathFixtures.PATHS;
import static eu.loopmentoring.api.learningpath.PathFixtures.PUBLICATION;
import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.create;
import static eu.loopmentoring.api.learningpath.PathFixtures.draft;
import static eu.loopmentoring.api.learningpath.PathFixtures.publish;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static eu.loopmentoring.api.learningpath.PathFixtures.resourceStep;
import static eu.loopmentoring.api.learningpath.PathFixtures.step;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.resource.ResourceFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Authoring learning paths: drafts, publication as versions that never change, and who sees what. */
@QuarkusTest
class LearningPathsTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    private Login coordinator;
    private String coalition;

    @BeforeEach
    void community() {
        coordinator = TestAccounts.newPerson("Marta Lopes");
        coalition = CoalitionFixtures.found(coordinator, "OPEN");
    }

    private static String title() {
        return "Induction year " + UUID.randomUUID();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withSteps(Map<String, Object> content, Map<String, Object>... steps) {
        Map<String, Object> changed = new HashMap<>(content);
        changed.put("steps", new ArrayList<>(List.of(steps)));
        return changed;
    }

    @Test
    void a_members_path_is_a_draft_for_its_authors_then_a_version_for_the_coalitions_members() {
        Login member = TestAccounts.newPerson("Ana Costa");
        CoalitionFixtures.activeMember(member, coalition);
        Login stranger = TestAccounts.newPerson("Stranger");
        String title = title();

        String id = create(coordinator, content(title, "MEMBERS", coalition))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/learning-paths/"))
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo(coordinator.id()))
                .body("coalitionId", equalTo(coalition))
                .extract()
                .path("id");

        member.given().get(PATH, id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given().get(PATH, id).then().statusCode(404);
        publish(coordinator, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("lineageId", equalTo(id))
                .body("versionNumber", equalTo(1))
                .body("publishedAt", not(nullValue()));
        member.given()
                .get(PATH, id)
                .then()
                .statusCode(200)
                .body("steps.key", equalTo(List.of("welcome", "reflect", "extra")))
                .body("steps[1].dependsOn", equalTo(List.of("welcome")))
                .body("steps[0].module", equalTo("The first month"))
                .body("steps.available", equalTo(List.of(true, true, true)));
        stranger.given().get(PATH, id).then().statusCode(404);
        member.given().queryParam("q", title).get(PATHS).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        stranger.given()
                .queryParam("q", title)
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void only_people_who_train_others_author_paths() {
        Login member = TestAccounts.newPerson("A member");
        CoalitionFixtures.activeMember(member, coalition);
        Login trainer = TestAccounts.newPerson("A teacher trainer");
        String organization = PrivacyFixtures.organization(coordinator);
        PrivacyFixtures.member(coordinator, organization, trainer, "TEACHER_TRAINER");
        Map<String, Object> forOrganization = content(title(), "MEMBERS", null);
        forOrganization.put("organizationId", organization);

        create(member, content(title(), "MEMBERS", coalition))
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        create(member, content(title(), "EVERYONE", null))
                .then()
                .statusCode(403)
                .body("detail", containsString("moderators and administrators"));
        create(trainer, forOrganization).then().statusCode(201);
        create(ResourceFixtures.moderator(), content(title(), "EVERYONE", null))
                .then()
                .statusCode(201);
        Map<String, Object> unknown =
                content(title(), "MEMBERS", UUID.randomUUID().toString());
        create(coordinator, unknown).then().statusCode(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_broken_step_rule_is_named_at_once() {
        Map<String, Object> body = withSteps(
                content(title(), "MEMBERS", null),
                step("later", "ACTIVITY", true, "missing"),
                step("later", "RESOURCE", true),
                step("think", "REFLECTION", false));

        create(coordinator, body)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body(
                        "violations.field",
                        hasItems(
                                "visibility",
                                "steps[0].dependsOn",
                                "steps[1].key",
                                "steps[1].resourceId",
                                "steps[2].prompt"));
    }

    @Test
    void a_published_version_never_changes_and_the_next_version_starts_from_it() {
        Map<String, Object> body = content(title(), "EVERYONE", coalition);
        String first = published(coordinator, body);
        String etag = coordinator.given().get(PATH, first).then().extract().header("ETag");

        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(body)
                .put(PATH, first)
                .then()
                .statusCode(422)
                .body("detail", containsString("/drafts"));
        coordinator.given().header("If-Match", etag).delete(PATH, first).then().statusCode(422);
        publish(coordinator, first).then().statusCode(422);

        String next = coordinator
                .given()
                .post(DRAFTS, first)
                .then()
                .statusCode(201)
                .body("basedOn", equalTo(first))
                .body("lineageId", equalTo(first))
                .body("status", equalTo("DRAFT"))
                .body("versionNumber", nullValue())
                .extract()
                .path("id");
        coordinator.given().post(DRAFTS, first).then().statusCode(422);
        TestAccounts.newPerson().given().post(DRAFTS, first).then().statusCode(403);
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("title", "The induction year, revised");
        String draftTag = coordinator.given().get(PATH, next).then().extract().header("ETag");
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", draftTag)
                .body(changed)
                .put(PATH, next)
                .then()
                .statusCode(200)
                .body("title", equalTo("The induction year, revised"));
        publish(coordinator, next).then().statusCode(200).body("versionNumber", equalTo(2));
        coordinator.given().get(PATH, first).then().statusCode(200).body("title", equalTo(body.get("title")));
    }

    @Test
    void every_change_needs_the_version_read() {
        Map<String, Object> body = content(title(), "EVERYONE", coalition);
        String id = draft(coordinator, body);

        coordinator
                .given()
                .contentType("application/json")
                .body(body)
                .put(PATH, id)
                .then()
                .statusCode(428);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body(body)
                .put(PATH, id)
                .then()
                .statusCode(412);
        coordinator.given().post(PUBLICATION, id).then().statusCode(428);
        coordinator.given().header("If-Match", "\"7\"").delete(PATH, id).then().statusCode(412);
        String etag = coordinator.given().get(PATH, id).then().extract().header("ETag");
        TestAccounts.newPerson()
                .given()
                .header("If-Match", etag)
                .delete(PATH, id)
                .then()
                .statusCode(404);
        coordinator.given().header("If-Match", etag).delete(PATH, id).then().statusCode(204);
        coordinator.given().get(PATH, id).then().statusCode(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void publication_needs_published_resources_and_a_withdrawn_one_shows_as_unavailable() {
        Login moderator = ResourceFixtures.moderator();
        String published = ResourceFixtures.published(coordinator, moderator, "A guide for mentors");
        String draftResource = ResourceFixtures.draft(coordinator, "A guide still in draft");
        Map<String, Object> body = withSteps(
                content(title(), "EVERYONE", coalition),
                resourceStep("read", published, true),
                resourceStep("draft", draftResource, false));
        String id = draft(coordinator, body);

        publish(coordinator, id)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("Step draft: resource " + draftResource));

        String path = published(coordinator, withSteps(body, resourceStep("read", published, true)));
        ResourceFixtures.withdraw(coordinator, published, Map.of("reason", "Outdated."))
                .then()
                .statusCode(200);
        Login reader = TestAccounts.newPerson();
        reader.given().get(PATH, path).then().statusCode(200).body("steps[0].available", equalTo(false));
    }

    @Test
    void drafts_are_listed_to_those_who_edit_them() {
        String id = draft(coordinator, content(title(), "EVERYONE", coalition));
        Login member = TestAccounts.newPerson();
        CoalitionFixtures.activeMember(member, coalition);

        coordinator
                .given()
                .queryParam("status", "DRAFT")
                .queryParam("coalitionId", coalition)
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        member.given()
                .queryParam("status", "DRAFT")
                .queryParam("coalitionId", coalition)
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of()));
        ResourceFixtures.moderator()
                .given()
                .queryParam("status", "DRAFT")
                .queryParam("coalitionId", coalition)
                .get(PATHS)
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void filters_narrow_the_published_paths_and_pages_follow_each_other() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(0, published(coordinator, content(title(), "EVERYONE", coalition)));
        }
        Login reader = TestAccounts.newPerson();

        String next = reader.given()
                .queryParam("coalitionId", coalition)
                .queryParam("limit", 2)
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids.subList(0, 2)))
                .extract()
                .path("next");
        reader.given()
                .queryParam("coalitionId", coalition)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(PATHS)
                .then()
                .body("items.id", equalTo(ids.subList(2, 3)))
                .body("next", nullValue());
        reader.given()
                .queryParam("coalitionId", coalition)
                .queryParam("careerStage", "SENIOR")
                .get(PATHS)
                .then()
                .body("items", equalTo(List.of()));
        reader.given()
                .queryParam("coalitionId", coalition)
                .queryParam("profileDimension", "COMMUNICATION_SKILLS")
                .queryParam("language", "pt")
                .queryParam("topic", "induction")
                .get(PATHS)
                .then()
                .body("items.id", equalTo(ids));
        Api.givenInvalidRequest()
                .auth()
                .oauth2(reader.accessToken())
                .queryParam("status", "RETIRED")
                .get(PATHS)
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("QUERY"));
    }
}
