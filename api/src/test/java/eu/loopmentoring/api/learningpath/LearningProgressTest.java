package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static eu.loopmentoring.api.learningpath.PathFixtures.record;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's mentoring partners see their progress on learning paths (statuses and dates, never
 * reflections or evidence) while the person's LEARNING_PROGRESS visibility admits them; anyone else
 * finds no such person.
 */
@QuarkusTest
class LearningProgressTest {

    static final String PROGRESS = "/api/v1/people/{personId}/enrollments";
    private static final String MY_PROFILE = "/api/v1/me/profile";
    private static final String EVIDENCE = "Observed a lesson of my mentor.";
    private static final String REFLECTION = "I listen more than I talk now.";

    private Login ana;
    private Login mentor;
    private String path;
    private String enrollment;
    private String relationship;

    @BeforeEach
    void aMenteeHalfwayThroughAPath() {
        Login author = TestAccounts.newPerson("Marta Lopes");
        String coalition = CoalitionFixtures.found(author, "OPEN");
        path = published(author, content("Induction year " + UUID.randomUUID(), "EVERYONE", coalition));
        ana = TestAccounts.newPerson("Ana Costa");
        mentor = TestAccounts.newPerson("João Silva");
        relationship = relationship(mentor, ana);
        enrollment = enrolled(ana, path);
        record(ana, enrollment, "welcome", Map.of("status", "DONE", "evidence", Map.of("text", EVIDENCE)))
                .then()
                .statusCode(200);
        record(ana, enrollment, "reflect", Map.of("status", "IN_PROGRESS", "reflection", REFLECTION))
                .then()
                .statusCode(200);
    }

    @Test
    void the_mentor_sees_the_mentee_s_progress_without_reflections_or_evidence() {
        String body = mentor.given()
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(enrollment))
                .body("items[0].learningPathId", equalTo(path))
                .body("items[0].title", containsString("Induction year"))
                .body("items[0].versionNumber", equalTo(1))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].enrolledAt", notNullValue())
                .body("items[0].steps.key", equalTo(List.of("welcome", "reflect", "extra")))
                .body("items[0].steps.status", equalTo(List.of("DONE", "IN_PROGRESS", "NOT_STARTED")))
                .body("items[0].steps.kind", equalTo(List.of("ACTIVITY", "REFLECTION", "ACTIVITY")))
                .body("items[0].steps[0].module", equalTo("The first month"))
                .body("items[0].steps[0].doneAt", notNullValue())
                .body("items[0].steps[1].startedAt", notNullValue())
                .body("items[0].steps", everyItem(not(hasKey("evidence"))))
                .body("items[0].steps", everyItem(not(hasKey("reflection"))))
                .body("items[0].progress.requiredDone", equalTo(1))
                .body("$", not(hasKey("next")))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain(EVIDENCE)
                .doesNotContain(REFLECTION)
                .doesNotContain("prompt")
                .doesNotContain("instructions");
    }

    @Test
    void the_person_sees_their_own_progress_the_same_way() {
        ana.given()
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(enrollment)))
                .body("items[0].steps", everyItem(not(hasKey("reflection"))));
    }

    @Test
    void a_stranger_and_a_coalition_member_find_no_such_person() {
        Login stranger = TestAccounts.newPerson();
        stranger.given()
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("private")));
        Login peer = TestAccounts.newPerson();
        String coalition = CoalitionFixtures.found(ana, "OPEN");
        CoalitionFixtures.activeMember(peer, coalition);
        peer.given().get(PROGRESS, ana.id()).then().statusCode(404);
        mentor.given().get(PROGRESS, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void once_the_mentee_keeps_their_progress_private_the_mentor_no_longer_sees_it() {
        String etag =
                ana.given().get(MY_PROFILE).then().statusCode(200).extract().header("ETag");
        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("visibility", Map.of("learningProgress", "PRIVATE")))
                .patch(MY_PROFILE)
                .then()
                .statusCode(200)
                .body("visibility.learningProgress", equalTo("PRIVATE"));

        mentor.given().get(PROGRESS, ana.id()).then().statusCode(404);
        mentor.given().get("/api/v1/profiles/{personId}", ana.id()).then().statusCode(200);
        ana.given().get(PROGRESS, ana.id()).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void the_group_is_shown_to_mentoring_partners_by_default() {
        ana.given()
                .get(MY_PROFILE)
                .then()
                .statusCode(200)
                .body("visibility.learningProgress", equalTo("MENTORING_PARTNERS"));
        mentor.given()
                .get("/api/v1/profiles/{personId}", ana.id())
                .then()
                .statusCode(200)
                .body("visibleGroups", org.hamcrest.Matchers.hasItem("LEARNING_PROGRESS"));
    }

    @Test
    void once_the_relationship_ended_the_former_mentor_has_no_access() {
        changeStatus(ana, relationship, Map.of("status", "PAUSED")).then().statusCode(200);
        mentor.given().get(PROGRESS, ana.id()).then().statusCode(200);

        changeStatus(ana, relationship, Map.of("status", "COMPLETED")).then().statusCode(200);

        mentor.given().get(PROGRESS, ana.id()).then().statusCode(404);
    }

    @Test
    void the_list_pages_with_cursors_and_narrows_by_status() {
        Login author = TestAccounts.newPerson();
        String coalition = CoalitionFixtures.found(author, "OPEN");
        String second = published(author, content("Second path " + UUID.randomUUID(), "EVERYONE", coalition));
        String newer = enrolled(ana, second);
        record(ana, newer, "welcome", Map.of("status", "IN_PROGRESS")).then().statusCode(200);
        ana.given()
                .header(
                        "If-Match",
                        ana.given()
                                .get(PathFixtures.ENROLLMENT, newer)
                                .then()
                                .extract()
                                .header("ETag"))
                .post(PathFixtures.WITHDRAWAL, newer)
                .then()
                .statusCode(200);

        String next = mentor.given()
                .queryParam("limit", 1)
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(newer)))
                .body("items[0].status", equalTo("LEFT"))
                .body("items[0].leftAt", notNullValue())
                .extract()
                .path("next");
        mentor.given()
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(enrollment)))
                .body("$", not(hasKey("next")));
        mentor.given()
                .queryParam("status", "ACTIVE")
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(enrollment)));
        // a cursor is bound to the person and the filters it came from
        mentor.given()
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(PROGRESS, mentor.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void bad_identifiers_and_paging_are_refused_naming_the_parameter() {
        Api.givenInvalidRequest()
                .auth()
                .oauth2(mentor.accessToken())
                .get(PROGRESS, "not-a-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].in", equalTo("PATH"));
        Api.givenInvalidRequest()
                .auth()
                .oauth2(mentor.accessToken())
                .queryParam("limit", 500)
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].in", equalTo("QUERY"));
        mentor.given()
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_partner_client_of_the_person_s_organisation_sees_it_only_once_shown_to_all_members() {
        String organization = PartnerClients.organization(ana);
        Login admin = TestAccounts.administrator();
        String token = PartnerClients.accessToken(
                PartnerClients.client(admin, organization, "learning-paths:read"), "learning-paths:read");
        PartnerClients.as(token).get(PROGRESS, ana.id()).then().statusCode(404);

        String etag = ana.given().get(MY_PROFILE).then().extract().header("ETag");
        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("visibility", Map.of("learningProgress", "ALL_MEMBERS")))
                .patch(MY_PROFILE)
                .then()
                .statusCode(200);

        PartnerClients.as(token)
                .get(PROGRESS, ana.id())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(enrollment)));
        String profilesOnly = PartnerClients.accessToken(
                PartnerClients.client(admin, organization, "profiles:read"), "profiles:read");
        PartnerClients.as(profilesOnly).get(PROGRESS, ana.id()).then().statusCode(403);
        String outside = PartnerClients.accessToken(
                PartnerClients.client(
                        admin, PartnerClients.organization(TestAccounts.newPerson()), "learning-paths:read"),
                "learning-paths:read");
        PartnerClients.as(outside).get(PROGRESS, ana.id()).then().statusCode(404);
    }
}
