package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.CHECK_INS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.CONFIRMATION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.checkInBody;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.confirmedAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Relationship-health check-ins at the agreement's interval, and the reminder when one is due. */
@QuarkusTest
class CheckInTest {

    @Inject
    DataSource database;

    @Inject
    CheckInReminders reminders;

    @Test
    void check_ins_start_with_a_confirmed_agreement_and_both_participants_read_them() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        putAgreement(ana, relationship, null, "Exit tickets").then().statusCode(200);
        ana.given()
                .contentType("application/json")
                .body(checkInBody())
                .post(CHECK_INS, relationship)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("confirmed the agreement"));
        joao.given()
                .header("If-Match", "\"0\"")
                .post(CONFIRMATION, relationship)
                .then()
                .statusCode(200);
        ana.given()
                .header("If-Match", "\"1\"")
                .post(CONFIRMATION, relationship)
                .then()
                .statusCode(200);
        Instant dueBefore = Instant.parse(
                ana.given().get(CHECK_INS, relationship).then().extract().path("myNextDueAt"));
        assertThat(dueBefore).isAfter(Instant.now().plus(Duration.ofDays(27)));

        ana.given()
                .contentType("application/json")
                .body(checkInBody())
                .post(CHECK_INS, relationship)
                .then()
                .statusCode(201)
                .body("side", equalTo("MENTEE"))
                .body("authorId", equalTo(ana.id()));

        joao.given()
                .get(CHECK_INS, relationship)
                .then()
                .statusCode(200)
                .body("items.side", contains("MENTEE"))
                .body("items[0].feelSupported", equalTo(4));
        Instant dueAfter = Instant.parse(
                ana.given().get(CHECK_INS, relationship).then().extract().path("myNextDueAt"));
        assertThat(dueAfter).isAfter(dueBefore);
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .contentType("application/json")
                .body(Map.of("progressOnGoals", 6, "usefulMeetings", 1, "feelSupported", 1, "goodCommunication", 1))
                .post(CHECK_INS, relationship)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"));
    }

    @Test
    void a_due_check_in_is_reminded_once_to_each_participant_and_not_after_it_was_answered() throws SQLException {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        confirmedAgreement(joao, ana, relationship);
        reminders.remindNow();
        assertThat(dueReminders(ana)).isZero();

        confirmedWeeksAgo(relationship, 5);
        reminders.remindNow();
        reminders.remindNow();

        assertThat(dueReminders(ana)).isEqualTo(1);
        assertThat(dueReminders(joao)).isEqualTo(1);
        ana.given()
                .contentType("application/json")
                .body(checkInBody())
                .post(CHECK_INS, relationship)
                .then()
                .statusCode(201);
        reminders.remindNow();
        assertThat(dueReminders(ana)).isEqualTo(1);
    }

    @Test
    void a_stranger_finds_no_check_ins() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String relationship = relationship(joao, ana);
        confirmedAgreement(joao, ana, relationship);

        stranger.given()
                .get(CHECK_INS, relationship)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given()
                .contentType("application/json")
                .body(checkInBody())
                .post(CHECK_INS, relationship)
                .then()
                .statusCode(404);
        stranger.given().get(NOTIFICATIONS).then().body("items", hasSize(0));
        ana.given().get(CHECK_INS, relationship).then().body("items", hasSize(0));
    }

    private int dueReminders(Login person) {
        List<String> kinds = person.given().get(NOTIFICATIONS).then().extract().path("items.kind");
        return (int) kinds.stream().filter("CHECK_IN_DUE"::equals).count();
    }

    private void confirmedWeeksAgo(String relationship, int weeks) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("update mentoring_agreement_confirmation"
                        + " set confirmed_at = now() - make_interval(weeks => ?) where relationship_id = ?")) {
            update.setInt(1, weeks);
            update.setObject(2, UUID.fromString(relationship));
            assertThat(update.executeUpdate()).isEqualTo(2);
        }
    }
}
