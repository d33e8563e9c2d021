package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.AGREEMENT;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.COMMENTS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.CONFIRMATION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOALS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.MY_FEEDBACK;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PRIVATE_NOTE;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.SESSION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.SESSIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.TASK;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.TASKS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.agreementBody;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.confirmedAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.goal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.heldSession;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putPrivateNote;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What happens inside a relationship: agreement, goals, sessions, private notes, tasks and closing feedback. */
@QuarkusTest
class RelationshipWorkTest {

    @Nested
    class Agreement {

        @Test
        void both_confirm_the_agreement_and_each_is_told_what_the_other_did() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);

            putAgreement(ana, relationship, null, "Run a whole lesson without raising my voice.")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("goals[0].targetDate", equalTo("2027-03-15"))
                    .body("meetingFrequency", equalTo("FORTNIGHTLY"))
                    .body("checkInIntervalWeeks", equalTo(4))
                    .body("updatedBy", equalTo(ana.id()))
                    .body("confirmed", equalTo(false));
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("AGREEMENT_CHANGED"));

            joao.given()
                    .header("If-Match", "\"0\"")
                    .post(CONFIRMATION, relationship)
                    .then()
                    .statusCode(200)
                    .body("mentorConfirmedAt", notNullValue())
                    .body("$", not(hasKey("menteeConfirmedAt")))
                    .body("confirmed", equalTo(false));
            String etag =
                    ana.given().get(AGREEMENT, relationship).then().extract().header("ETag");
            ana.given()
                    .header("If-Match", etag)
                    .post(CONFIRMATION, relationship)
                    .then()
                    .statusCode(200)
                    .body("confirmed", equalTo(true));
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("AGREEMENT_CONFIRMED"));
        }

        @Test
        void a_change_after_confirmation_needs_both_confirmations_again() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            confirmedAgreement(joao, ana, relationship);
            ana.given()
                    .get(AGREEMENT, relationship)
                    .then()
                    .header("ETag", "\"2\"")
                    .body("confirmed", equalTo(true));

            putAgreement(joao, relationship, "\"2\"", "A changed goal")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"3\"")
                    .body("confirmed", equalTo(false))
                    .body("$", not(hasKey("mentorConfirmedAt")))
                    .body("$", not(hasKey("menteeConfirmedAt")))
                    .body("goals[0].description", equalTo("A changed goal"));
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("AGREEMENT_CHANGED"));
        }

        @Test
        void changing_or_confirming_needs_the_current_version() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            putAgreement(ana, relationship, null, "First goal").then().statusCode(200);

            putAgreement(joao, relationship, null, "Without If-Match")
                    .then()
                    .statusCode(428)
                    .body("type", equalTo(PROBLEMS + "precondition-required"));
            putAgreement(joao, relationship, "\"7\"", "An old version")
                    .then()
                    .statusCode(412)
                    .body("type", equalTo(PROBLEMS + "precondition-failed"));
            joao.given()
                    .header("If-Match", "\"7\"")
                    .post(CONFIRMATION, relationship)
                    .then()
                    .statusCode(412);
            joao.given().post(CONFIRMATION, relationship).then().statusCode(428);
        }

        @Test
        void an_agreement_needs_goals_with_target_dates() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            Map<String, Object> body = new java.util.HashMap<>(agreementBody("x"));
            body.put("goals", java.util.List.of(Map.of("description", "No date here")));

            Api.givenInvalidRequest()
                    .auth()
                    .oauth2(ana.accessToken())
                    .contentType("application/json")
                    .body(body)
                    .put(AGREEMENT, relationship)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "validation-failed"))
                    .body("violations.field", hasItem(containsString("targetDate")));
            ana.given().get(AGREEMENT, relationship).then().statusCode(404);
        }
    }

    @Nested
    class GoalsAndSessions {

        @Test
        void participants_record_progress_on_goals() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);

            String goal = goal(ana, relationship, "Exit tickets in every lesson");
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("GOAL_ADDED"));
            joao.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("progress", 60))
                    .patch(GOAL, relationship, goal)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("progress", equalTo(60))
                    .body("status", equalTo("OPEN"));
            ana.given()
                    .contentType("application/json")
                    .header("If-Match", "\"1\"")
                    .body(Map.of("status", "ACHIEVED"))
                    .patch(GOAL, relationship, goal)
                    .then()
                    .statusCode(200)
                    .body("progress", equalTo(100));
            ana.given()
                    .get(GOALS, relationship)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(goal))
                    .body("items[0].createdBy", equalTo(ana.id()));
            Api.givenInvalidRequest()
                    .auth()
                    .oauth2(ana.accessToken())
                    .contentType("application/json")
                    .header("If-Match", "\"2\"")
                    .body(Map.of("progress", 150))
                    .patch(GOAL, relationship, goal)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "validation-failed"));
            ana.given()
                    .contentType("application/json")
                    .header("If-Match", "\"1\"")
                    .body(Map.of("progress", 10))
                    .patch(GOAL, relationship, goal)
                    .then()
                    .statusCode(412);
        }

        @Test
        void sessions_are_planned_then_held_with_notes_both_read() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            String nextWeek = Instant.now().plus(Duration.ofDays(7)).toString();

            var created = joao.given()
                    .contentType("application/json")
                    .body(Map.of("startsAt", nextWeek, "durationMinutes", 45))
                    .post(SESSIONS, relationship)
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("PLANNED"))
                    .extract();
            String planned = created.path("id");
            assertThat(created.header("Location"))
                    .endsWith("/api/v1/mentoring-relationships/" + relationship + "/sessions/" + planned);
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("SESSION_PLANNED"));
            joao.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "HELD"))
                    .patch(SESSION, relationship, planned)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEMS + "rule-violated"))
                    .body("detail", containsString("cannot start in the future"));
            String held = heldSession(ana, relationship, "We tried the seating plan.");

            joao.given()
                    .get(SESSIONS, relationship)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(held, planned))
                    .body("items[0].sharedNotes", equalTo("We tried the seating plan."));
        }

        @Test
        void nothing_changes_inside_an_ended_relationship() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            changeStatus(ana, relationship, Map.of("status", "COMPLETED"))
                    .then()
                    .statusCode(200);

            ana.given()
                    .contentType("application/json")
                    .body(Map.of("title", "Too late"))
                    .post(GOALS, relationship)
                    .then()
                    .statusCode(422)
                    .body("detail", containsString("COMPLETED"));
            putAgreement(ana, relationship, null, "Too late").then().statusCode(422);
        }
    }

    @Nested
    class Tasks {

        @Test
        void a_task_is_assigned_commented_on_and_done() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);

            String task = task(
                    joao,
                    relationship,
                    Map.of("title", "Try the entry routine", "assigneeId", ana.id(), "dueDate", "2026-12-04"));
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("TASK_ASSIGNED"));
            ana.given()
                    .contentType("application/json")
                    .body(Map.of("text", "Done twice; three minutes the second time."))
                    .post(COMMENTS, relationship, task)
                    .then()
                    .statusCode(201)
                    .body("authorId", equalTo(ana.id()));
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("TASK_COMMENTED"));
            ana.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("done", true))
                    .patch(TASK, relationship, task)
                    .then()
                    .statusCode(200)
                    .body("done", equalTo(true))
                    .body("doneAt", notNullValue())
                    .body("assigneeId", equalTo(ana.id()));

            joao.given()
                    .get(TASKS, relationship)
                    .then()
                    .body("items.id", contains(task))
                    .body("items[0].done", equalTo(true));
            joao.given()
                    .get(COMMENTS, relationship, task)
                    .then()
                    .body("items.text", contains("Done twice; three minutes the second time."));
        }

        @Test
        void a_task_is_assigned_only_to_a_participant() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login stranger = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);

            joao.given()
                    .contentType("application/json")
                    .body(Map.of("title", "Someone else's job", "assigneeId", stranger.id()))
                    .post(TASKS, relationship)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEMS + "rule-violated"))
                    .body("detail", containsString("assigneeId"));
            stranger.given().get(NOTIFICATIONS).then().body("items", hasSize(0));
        }
    }

    @Nested
    class PrivateNotes {

        @Test
        void only_the_author_ever_reads_a_private_note() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login stranger = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            String session = heldSession(ana, relationship, "Shared: seating plan");
            String secret = "João's private thought " + UUID.randomUUID();

            putPrivateNote(joao, relationship, session, secret)
                    .then()
                    .statusCode(200)
                    .body("text", equalTo(secret));

            joao.given()
                    .get(PRIVATE_NOTE, relationship, session)
                    .then()
                    .statusCode(200)
                    .body("text", equalTo(secret));
            ana.given()
                    .get(PRIVATE_NOTE, relationship, session)
                    .then()
                    .statusCode(404)
                    .body("type", equalTo(PROBLEMS + "not-found"));
            stranger.given().get(PRIVATE_NOTE, relationship, session).then().statusCode(404);
            stranger.given()
                    .contentType("application/json")
                    .body(Map.of("text", "Mine"))
                    .put(PRIVATE_NOTE, relationship, session)
                    .then()
                    .statusCode(404);
            assertThat(ana.given().get(SESSIONS, relationship).asString()).doesNotContain(secret);
            assertThat(ana.given().get(SESSION, relationship, session).asString())
                    .doesNotContain(secret);
            assertThat(ana.given().get("/api/v1/me/export").asString()).doesNotContain(secret);
            assertThat(stranger.given().get("/api/v1/me/export").asString()).doesNotContain(secret);
            joao.given()
                    .get("/api/v1/me/export")
                    .then()
                    .body("mentoring.privateNotes.text", contains(secret))
                    .body("mentoring.sessions.sharedNotes", contains("Shared: seating plan"));
        }

        @Test
        void a_participant_s_note_is_their_own_and_replacing_it_keeps_one() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            String session = heldSession(ana, relationship, "Shared");

            putPrivateNote(ana, relationship, session, "Ana's first").then().statusCode(200);
            putPrivateNote(joao, relationship, session, "João's").then().statusCode(200);
            putPrivateNote(ana, relationship, session, "Ana's second").then().statusCode(200);

            ana.given().get(PRIVATE_NOTE, relationship, session).then().body("text", equalTo("Ana's second"));
            joao.given().get(PRIVATE_NOTE, relationship, session).then().body("text", equalTo("João's"));
            ana.given().get("/api/v1/me/export").then().body("mentoring.privateNotes.text", contains("Ana's second"));
        }
    }

    @Nested
    class Feedback {

        @Test
        void closing_asks_both_for_feedback_which_only_its_author_reads() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);
            ana.given()
                    .contentType("application/json")
                    .body(Map.of("rating", 5))
                    .put(MY_FEEDBACK, relationship)
                    .then()
                    .statusCode(422)
                    .body("detail", containsString("COMPLETED or ENDED_EARLY"));

            changeStatus(joao, relationship, Map.of("status", "ENDED_EARLY", "reason", "Moved abroad."))
                    .then()
                    .statusCode(200);
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("FEEDBACK_REQUESTED"));
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("FEEDBACK_REQUESTED"));
            String text = "Ana's candid feedback " + UUID.randomUUID();
            ana.given()
                    .contentType("application/json")
                    .body(Map.of("rating", 3, "text", text))
                    .put(MY_FEEDBACK, relationship)
                    .then()
                    .statusCode(200)
                    .body("rating", equalTo(3))
                    .body("text", equalTo(text));

            ana.given().get(MY_FEEDBACK, relationship).then().statusCode(200).body("rating", equalTo(3));
            joao.given().get(MY_FEEDBACK, relationship).then().statusCode(404);
            assertThat(joao.given().get("/api/v1/me/export").asString()).doesNotContain(text);
            ana.given().get("/api/v1/me/export").then().body("mentoring.feedback.text", contains(text));
        }
    }

    @Test
    void a_stranger_finds_nothing_inside_someone_else_s_relationship() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        putAgreement(ana, relationship, null, "A goal").then().statusCode(200);
        String goal = goal(ana, relationship, "A tracked goal");
        String session = heldSession(ana, relationship, "Shared");
        Function<RequestSpecification, RequestSpecification> json = r -> r.contentType("application/json");

        assertNotFound(stranger.given().get(AGREEMENT, relationship));
        assertNotFound(putAgreement(stranger, relationship, "\"0\"", "Mine"));
        assertNotFound(stranger.given().header("If-Match", "\"0\"").post(CONFIRMATION, relationship));
        assertNotFound(stranger.given().get(GOALS, relationship));
        assertNotFound(
                json.apply(stranger.given()).body(Map.of("title", "Mine")).post(GOALS, relationship));
        assertNotFound(stranger.given().get(GOAL, relationship, goal));
        assertNotFound(json.apply(stranger.given())
                .header("If-Match", "\"0\"")
                .body(Map.of("progress", 1))
                .patch(GOAL, relationship, goal));
        assertNotFound(stranger.given().get(SESSIONS, relationship));
        assertNotFound(json.apply(stranger.given())
                .body(Map.of("startsAt", "2026-01-01T10:00:00Z", "durationMinutes", 30))
                .post(SESSIONS, relationship));
        assertNotFound(stranger.given().get(SESSION, relationship, session));
        assertNotFound(json.apply(stranger.given())
                .header("If-Match", "\"0\"")
                .body(Map.of("durationMinutes", 30))
                .patch(SESSION, relationship, session));
        assertNotFound(stranger.given().get(PRIVATE_NOTE, relationship, session));
        String task = task(ana, relationship, Map.of("title", "A task"));
        assertNotFound(stranger.given().get(TASKS, relationship));
        assertNotFound(
                json.apply(stranger.given()).body(Map.of("title", "Mine")).post(TASKS, relationship));
        assertNotFound(stranger.given().get(TASK, relationship, task));
        assertNotFound(json.apply(stranger.given())
                .header("If-Match", "\"0\"")
                .body(Map.of("done", true))
                .patch(TASK, relationship, task));
        assertNotFound(stranger.given().get(COMMENTS, relationship, task));
        assertNotFound(json.apply(stranger.given()).body(Map.of("text", "Hi")).post(COMMENTS, relationship, task));
        assertNotFound(stranger.given().get(MY_FEEDBACK, relationship));
        assertNotFound(json.apply(stranger.given()).body(Map.of("rating", 1)).put(MY_FEEDBACK, relationship));
        // A goal or session of one relationship is not found through another one.
        String other = relationship(TestAccounts.newPerson(), stranger);
        assertNotFound(stranger.given().get(GOAL, other, goal));
        assertNotFound(stranger.given().get(SESSION, other, session));
        assertNotFound(stranger.given().get(PRIVATE_NOTE, other, session));
    }

    private static void assertNotFound(io.restassured.response.Response response) {
        response.then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
    }
}
