package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.CHECK_INS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.COMMENTS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOALS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.SESSIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.TASKS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.checkInBody;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.confirmedAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.goal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.heldSession;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Goals, sessions, tasks, task comments and check-ins come a page at a time, like every collection. */
@QuarkusTest
class RelationshipCollectionPagesTest {

    /** Every id of the collection, read two at a time through the cursors, with the page sizes seen. */
    private static List<List<String>> pagesOf(Login person, String path, Object... params) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            var request = person.given().queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get(path, params).then().statusCode(200).extract().jsonPath();
            pages.add(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        return pages;
    }

    @Test
    void goals_sessions_and_tasks_are_paged_oldest_first_with_a_cursor() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        List<String> goals = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            goals.add(goal(ana, relationship, "Goal number " + i));
            sessions.add(heldSession(joao, relationship, "Session " + i));
            tasks.add(task(ana, relationship, Map.of("title", "Task number " + i)));
        }

        assertThat(pagesOf(ana, GOALS, relationship)).containsExactly(goals.subList(0, 2), goals.subList(2, 3));
        assertThat(pagesOf(ana, SESSIONS, relationship).stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(sessions);
        assertThat(pagesOf(joao, TASKS, relationship)).containsExactly(tasks.subList(0, 2), tasks.subList(2, 3));
    }

    @Test
    void task_comments_and_check_ins_are_paged_with_a_cursor() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        String task = task(ana, relationship, Map.of("title", "Try the entry routine"));
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            comments.add(ana.given()
                    .contentType("application/json")
                    .body(Map.of("text", "Comment " + i))
                    .post(COMMENTS, relationship, task)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        confirmedAgreement(joao, ana, relationship);
        for (Login person : List.of(joao, ana, joao)) {
            person.given()
                    .contentType("application/json")
                    .body(checkInBody())
                    .post(CHECK_INS, relationship)
                    .then()
                    .statusCode(201);
        }

        assertThat(pagesOf(joao, COMMENTS, relationship, task))
                .containsExactly(comments.subList(0, 2), comments.subList(2, 3));
        assertThat(pagesOf(ana, CHECK_INS, relationship)).extracting(List::size).containsExactly(2, 1);
        ana.given()
                .queryParam("limit", 1)
                .get(CHECK_INS, relationship)
                .then()
                .body("myNextDueAt", org.hamcrest.Matchers.notNullValue());
    }
}
