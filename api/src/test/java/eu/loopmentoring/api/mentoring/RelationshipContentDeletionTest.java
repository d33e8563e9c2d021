package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PRIVATE_NOTE;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.SESSION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.TASK;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.goal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.groupOffer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.heldSession;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.joinGroup;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putPrivateNote;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.task;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Members delete goals, sessions and tasks with If-Match; nobody else can, or even tell they exist. */
@QuarkusTest
class RelationshipContentDeletionTest {

    private static String etag(Login person, String path, Object... params) {
        return person.given().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_member_deletes_a_goal_a_session_with_its_notes_and_a_task_with_the_version_they_read() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        String goal = goal(ana, relationship, "Calm first five minutes");
        String session = heldSession(joao, relationship, "Entry routines");
        putPrivateNote(ana, relationship, session, "Ask about the 7th grade.")
                .then()
                .statusCode(200);
        String task = task(ana, relationship, Map.of("title", "Try the routine"));

        joao.given().delete(GOAL, relationship, goal).then().statusCode(428);
        joao.given()
                .header("If-Match", "\"7\"")
                .delete(GOAL, relationship, goal)
                .then()
                .statusCode(412);
        joao.given()
                .header("If-Match", etag(joao, GOAL, relationship, goal))
                .delete(GOAL, relationship, goal)
                .then()
                .statusCode(204);
        ana.given()
                .header("If-Match", etag(ana, SESSION, relationship, session))
                .delete(SESSION, relationship, session)
                .then()
                .statusCode(204);
        joao.given()
                .header("If-Match", etag(joao, TASK, relationship, task))
                .delete(TASK, relationship, task)
                .then()
                .statusCode(204);

        ana.given().get(GOAL, relationship, goal).then().statusCode(404);
        ana.given().get(SESSION, relationship, session).then().statusCode(404);
        ana.given().get(PRIVATE_NOTE, relationship, session).then().statusCode(404);
        ana.given().get(TASK, relationship, task).then().statusCode(404);
    }

    @Test
    void a_stranger_gets_404_and_nothing_is_deleted_once_the_relationship_ended() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        String goal = goal(ana, relationship, "Calm first five minutes");
        String session = heldSession(joao, relationship, "Entry routines");
        String task = task(ana, relationship, Map.of("title", "Try the routine"));
        Login stranger = TestAccounts.newPerson();

        stranger.given()
                .header("If-Match", "\"0\"")
                .delete(GOAL, relationship, goal)
                .then()
                .statusCode(404);
        stranger.given()
                .header("If-Match", "\"0\"")
                .delete(SESSION, relationship, session)
                .then()
                .statusCode(404);
        stranger.given()
                .header("If-Match", "\"0\"")
                .delete(TASK, relationship, task)
                .then()
                .statusCode(404);
        stranger.given().delete(TASK, relationship, task).then().statusCode(404);
        stranger.given().delete(GOAL, relationship, goal).then().statusCode(404);
        stranger.given()
                .contentType("application/json")
                .body(Map.of("progress", 10))
                .patch(GOAL, relationship, goal)
                .then()
                .statusCode(404);
        ana.given().get(GOAL, relationship, goal).then().statusCode(200);

        changeStatus(ana, relationship, Map.of("status", "COMPLETED")).then().statusCode(200);

        ana.given()
                .header("If-Match", etag(ana, GOAL, relationship, goal))
                .delete(GOAL, relationship, goal)
                .then()
                .statusCode(422);
    }

    @Test
    void in_a_group_any_member_deletes_and_a_mentee_who_left_cannot() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        Login bea = TestAccounts.newPerson();
        Login cat = TestAccounts.newPerson();
        String offer = groupOffer(joao, 3);
        String group = joinGroup(joao, ana, offer);
        joinGroup(joao, bea, offer);
        joinGroup(joao, cat, offer);
        String first = goal(ana, group, "Ana's goal");
        String second = goal(ana, group, "Another goal");
        String tag = etag(ana, GOAL, group, second);
        MentoringFixtures.leave(cat, group, cat).then().statusCode(204);

        bea.given()
                .header("If-Match", etag(bea, GOAL, group, first))
                .delete(GOAL, group, first)
                .then()
                .statusCode(204);
        cat.given().header("If-Match", tag).delete(GOAL, group, second).then().statusCode(404);
    }
}
