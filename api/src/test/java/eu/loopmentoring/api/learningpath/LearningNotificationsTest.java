package eu.loopmentoring.api.learningpath;

import static eu.loopmentoring.api.learningpath.PathFixtures.content;
import static eu.loopmentoring.api.learningpath.PathFixtures.enrolled;
import static eu.loopmentoring.api.learningpath.PathFixtures.published;
import static eu.loopmentoring.api.learningpath.PathFixtures.record;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A learner is told when their progress unlocks a step and when they complete the path. */
@QuarkusTest
class LearningNotificationsTest {

    private static final String STEP_UNLOCKED = "items.findAll { it.kind == 'STEP_UNLOCKED' }";

    @Test
    void progress_that_unlocks_a_step_and_completion_each_notify_the_learner_alone() {
        Login author = TestAccounts.newPerson("Marta Lopes");
        String coalition = CoalitionFixtures.found(author, "OPEN");
        String path = published(author, content("Notified path " + UUID.randomUUID(), "EVERYONE", coalition));
        Login learner = TestAccounts.newPerson("Ana Costa");
        String enrollment = enrolled(learner, path);

        record(learner, enrollment, "welcome", Map.of("status", "IN_PROGRESS", "evidence", Map.of("text", "Notes.")))
                .then()
                .statusCode(200);
        learner.given()
                .get(MentoringFixtures.NOTIFICATIONS)
                .then()
                .statusCode(200)
                .body("items", empty());

        record(learner, enrollment, "welcome", Map.of("status", "DONE")).then().statusCode(200);

        learner.given()
                .get(MentoringFixtures.NOTIFICATIONS)
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("STEP_UNLOCKED")))
                .body("items[0].enrollmentId", equalTo(enrollment))
                .body("items[0].pathId", equalTo(path))
                .body("items[0].stepKey", equalTo("reflect"))
                .body("items[0].read", equalTo(false));

        record(learner, enrollment, "reflect", Map.of("status", "DONE", "reflection", "I wait longer for answers."))
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));

        learner.given()
                .get(MentoringFixtures.NOTIFICATIONS)
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("PATH_COMPLETED", "STEP_UNLOCKED")))
                .body("items[0].enrollmentId", equalTo(enrollment))
                .body("items[0].pathId", equalTo(path))
                .body(STEP_UNLOCKED + ".size()", equalTo(1));
        author.given()
                .get(MentoringFixtures.NOTIFICATIONS)
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
