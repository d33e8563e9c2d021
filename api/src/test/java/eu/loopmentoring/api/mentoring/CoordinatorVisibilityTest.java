package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.AGREEMENT;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.CHECK_INS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOALS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.MY_FEEDBACK;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PRIVATE_NOTE;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIP;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIPS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUESTS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.SESSION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.SESSIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.TASKS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.answer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.goal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.heldSession;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putPrivateNote;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.requestBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A coalition's coordinators read the relationships of its programme, their agreement and goals, and nothing more. */
@QuarkusTest
class CoordinatorVisibilityTest {

    /** A coalition the coordinator created (and so coordinates), open to join. */
    private static String coalition(Login coordinator) {
        return coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Induction programme " + UUID.randomUUID(), "admission", "OPEN"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void join(Login person, String coalition) {
        person.given()
                .post("/api/v1/coalitions/{id}/memberships", coalition)
                .then()
                .statusCode(201);
    }

    /** The mentee's request in the coalition's programme, addressed to the mentor, accepted. */
    private static String relationshipIn(String coalition, Login mentor, Login mentee) {
        Map<String, Object> body = requestBody();
        body.put("coalitionId", coalition);
        body.put("offerId", offer(mentor, 1));
        String request = mentee.given()
                .contentType("application/json")
                .body(body)
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .body("coalitionId", equalTo(coalition))
                .extract()
                .path("id");
        String proposal = mentor.given()
                .queryParam("status", "PENDING")
                .queryParam("limit", 100)
                .get(MentoringFixtures.PROPOSALS)
                .then()
                .extract()
                .path("items.find { it.requestId == '%s' }.id".formatted(request));
        return answer(mentor, proposal, "ACCEPT")
                .then()
                .statusCode(200)
                .extract()
                .path("relationshipId");
    }

    @Test
    void the_coordinator_reads_the_relationship_its_agreement_and_goals_but_nothing_private_and_changes_nothing() {
        Login coordinator = TestAccounts.newPerson();
        String programme = coalition(coordinator);
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        join(ana, programme);
        String relationship = relationshipIn(programme, joao, ana);
        putAgreement(ana, relationship, null, "Exit tickets in every lesson.")
                .then()
                .statusCode(200);
        String goal = goal(ana, relationship, "A calm 7th grade");
        String session = heldSession(joao, relationship, "Entry routines");
        putPrivateNote(joao, relationship, session, "Ana is anxious.").then().statusCode(200);

        coordinator
                .given()
                .get(RELATIONSHIP, relationship)
                .then()
                .statusCode(200)
                .body("coalitionId", equalTo(programme));
        coordinator.given().get(AGREEMENT, relationship).then().statusCode(200);
        coordinator.given().get(GOALS, relationship).then().statusCode(200).body("items", hasSize(1));
        coordinator.given().get(GOAL, relationship, goal).then().statusCode(200);

        coordinator.given().get(SESSIONS, relationship).then().statusCode(404);
        coordinator.given().get(SESSION, relationship, session).then().statusCode(404);
        coordinator.given().get(PRIVATE_NOTE, relationship, session).then().statusCode(404);
        coordinator.given().get(TASKS, relationship).then().statusCode(404);
        coordinator.given().get(CHECK_INS, relationship).then().statusCode(404);
        coordinator.given().get(MY_FEEDBACK, relationship).then().statusCode(404);
        putAgreement(coordinator, relationship, "\"0\"", "Something else.")
                .then()
                .statusCode(404);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("progress", 90))
                .patch(GOAL, relationship, goal)
                .then()
                .statusCode(404);
        coordinator
                .given()
                .header("If-Match", "\"0\"")
                .delete(GOAL, relationship, goal)
                .then()
                .statusCode(404);
        changeStatus(coordinator, relationship, Map.of("status", "PAUSED"))
                .then()
                .statusCode(404);
    }

    @Test
    void a_coordinator_of_another_coalition_and_a_stranger_get_404() {
        Login coordinator = TestAccounts.newPerson();
        String programme = coalition(coordinator);
        Login ana = TestAccounts.newPerson();
        join(ana, programme);
        String relationship = relationshipIn(programme, TestAccounts.newPerson(), ana);
        putAgreement(ana, relationship, null, "Exit tickets in every lesson.")
                .then()
                .statusCode(200);
        Login otherCoordinator = TestAccounts.newPerson();
        String other = coalition(otherCoordinator);
        join(ana, other);

        for (Login outsider : new Login[] {otherCoordinator, TestAccounts.newPerson()}) {
            outsider.given().get(RELATIONSHIP, relationship).then().statusCode(404);
            outsider.given().get(AGREEMENT, relationship).then().statusCode(404);
            outsider.given().get(GOALS, relationship).then().statusCode(404);
        }
    }

    @Test
    void the_coordinator_pages_through_the_programmes_relationships_and_nobody_else_may() {
        Login coordinator = TestAccounts.newPerson();
        String programme = coalition(coordinator);
        Login ana = TestAccounts.newPerson();
        Login ines = TestAccounts.newPerson();
        join(ana, programme);
        join(ines, programme);
        String first = relationshipIn(programme, TestAccounts.newPerson(), ana);
        String second = relationshipIn(programme, TestAccounts.newPerson(), ines);
        Login otherCoordinator = TestAccounts.newPerson();
        String otherProgramme = coalition(otherCoordinator);
        Login luca = TestAccounts.newPerson();
        join(luca, otherProgramme);
        relationshipIn(otherProgramme, TestAccounts.newPerson(), luca);

        String next = coordinator
                .given()
                .queryParam("coalitionId", programme)
                .queryParam("limit", 1)
                .get(RELATIONSHIPS)
                .then()
                .statusCode(200)
                .body("items.id", contains(second))
                .body("items[0].coalitionId", equalTo(programme))
                .extract()
                .path("next");
        coordinator
                .given()
                .queryParam("coalitionId", programme)
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(RELATIONSHIPS)
                .then()
                .statusCode(200)
                .body("items.id", contains(first))
                .body("next", nullValue());
        coordinator
                .given()
                .queryParam("coalitionId", programme)
                .queryParam("status", "PAUSED")
                .get(RELATIONSHIPS)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        coordinator.given().get(RELATIONSHIPS).then().statusCode(200).body("items", hasSize(0));

        for (Login outsider : new Login[] {ana, otherCoordinator, TestAccounts.newPerson()}) {
            outsider.given()
                    .queryParam("coalitionId", programme)
                    .get(RELATIONSHIPS)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void a_request_belongs_to_a_coalitions_programme_only_when_the_mentee_is_an_active_member() {
        Login ana = TestAccounts.newPerson();
        String programme = coalition(TestAccounts.newPerson());
        Map<String, Object> body = requestBody();
        body.put("coalitionId", programme);

        ana.given()
                .contentType("application/json")
                .body(body)
                .post(REQUESTS)
                .then()
                .statusCode(422);
    }
}
