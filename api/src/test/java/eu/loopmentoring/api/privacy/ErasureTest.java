package eu.loopmentoring.api.privacy;

import static eu.loopmentoring.api.privacy.PrivacyFixtures.COALITION;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.COALITION_MEMBERSHIPS;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.EXPORT;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.ME;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.MY_PROFILE;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.ORGANIZATION;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.PROBLEMS;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.PROFILE;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.password;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.refresh;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.someAddress;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCE;
import static eu.loopmentoring.api.resource.ResourceFixtures.REVIEWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.learningpath.EvaluationFixtures;
import eu.loopmentoring.api.learningpath.PathFixtures;
import eu.loopmentoring.api.matching.RunFixtures;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.privacy.PrivacyFixtures.Footprint;
import eu.loopmentoring.api.safety.SafetyFixtures;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@code DELETE /api/v1/me}: a person erases their account, and nothing of them is left. */
@QuarkusTest
class ErasureTest {

    @Inject
    DataSource database;

    @Test
    void after_erasure_no_token_of_the_person_works_and_their_login_is_that_of_an_unknown_email() {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        PrivacyFixtures.footprint(ana, joao);

        ana.given().delete(ME).then().statusCode(204);

        ana.given().get(ME).then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
        ana.given().get(MY_PROFILE).then().statusCode(401);
        ana.given().delete(ME).then().statusCode(401);
        refresh(ana.refreshToken()).then().statusCode(400).body("error", equalTo("invalid_grant"));

        Response oldPassword = password(ana.email(), ana.password(), someAddress());
        Response unknownEmail =
                password("nobody-" + UUID.randomUUID() + "@tests.loopmentoring.eu", ana.password(), someAddress());
        assertThat(oldPassword.statusCode()).isEqualTo(400).isEqualTo(unknownEmail.statusCode());
        assertThat(oldPassword.asString()).isEqualTo(unknownEmail.asString());
        assertThat(oldPassword.jsonPath().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void
            to_everyone_else_the_person_no_longer_exists_but_what_they_founded_stays_with_its_longest_member_as_coordinator() {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        Footprint footprint = PrivacyFixtures.footprint(ana, joao);
        PrivacyFixtures.member(ana, footprint.ownOrganizationId(), joao);
        PrivacyFixtures.member(ana, footprint.ownOrganizationId(), TestAccounts.newPerson("Joined later"));
        joao.given().get(PROFILE, ana.id()).then().statusCode(200);

        ana.given().delete(ME).then().statusCode(204);

        joao.given().get(PROFILE, ana.id()).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        joao.given()
                .get(COALITION, footprint.foundedCoalitionId())
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(1))
                .body("createdBy", nullValue())
                .body("myMembership.status", equalTo("ACTIVE"))
                .body("myMembership.role", equalTo("COORDINATOR"));
        joao.given()
                .get(COALITION_MEMBERSHIPS, footprint.foundedCoalitionId())
                .then()
                .statusCode(200)
                .body("items.person.id", hasItem(joao.id()))
                .body("items.person.id", not(hasItem(ana.id())));
        joao.given()
                .get(COALITION, footprint.joinedCoalitionId())
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(1));
        joao.given()
                .get(ORGANIZATION, footprint.ownOrganizationId())
                .then()
                .statusCode(200)
                .body("myMembership.role", equalTo("COORDINATOR"));
        joao.given()
                .get(ORGANIZATION, footprint.invitedToOrganizationId())
                .then()
                .statusCode(200)
                .body("myMembership.role", equalTo("COORDINATOR"));
        joao.given().get(ME).then().statusCode(200);
    }

    @Test
    void no_table_keeps_the_id_or_the_email_of_an_erased_person() throws SQLException {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        PrivacyFixtures.footprint(ana, joao);
        String relationship = MentoringFixtures.footprint(ana, joao);
        MentoringFixtures.insideFootprint(ana, relationship);
        joao.given()
                .header("If-Match", "\"0\"")
                .post(MentoringFixtures.CONFIRMATION, relationship)
                .then()
                .statusCode(200);
        ana.given()
                .header("If-Match", "\"1\"")
                .post(MentoringFixtures.CONFIRMATION, relationship)
                .then()
                .statusCode(200);
        ana.given()
                .contentType("application/json")
                .body(MentoringFixtures.checkInBody())
                .post(MentoringFixtures.CHECK_INS, relationship)
                .then()
                .statusCode(201);
        MentoringFixtures.completedWithFeedback(ana, TestAccounts.newPerson());
        Login reported = TestAccounts.newPerson("Reported");
        String anasReport = SafetyFixtures.footprint(ana, reported);
        RunFixtures.footprint(ana);
        PathFixtures.footprint(ana);
        EvaluationFixtures.footprint(ana);
        Map<String, Long> before = leftovers(ana);
        assertThat(before.keySet())
                .as("the fixture leaves data in the places erasure must clear")
                .contains(
                        "person",
                        "profile",
                        "refresh_token",
                        "audit_event",
                        "idempotency_record",
                        "organization",
                        "organization_membership",
                        "coalition",
                        "coalition_membership",
                        "questionnaire_response",
                        "questionnaire_answer",
                        "consent",
                        "mentor_offer",
                        "mentoring_request",
                        "mentoring_proposal",
                        "mentoring_relationship",
                        "notification",
                        "learning_resource",
                        "resource_revision",
                        "resource_review",
                        "resource_use",
                        "resource_report",
                        "mentoring_agreement",
                        "mentoring_goal",
                        "mentoring_session",
                        "mentoring_private_note",
                        "mentoring_feedback",
                        "mentoring_task",
                        "mentoring_task_comment",
                        "mentoring_check_in",
                        "person_block",
                        "person_report",
                        "matching_policy",
                        "matching_run",
                        "matching_run_pair",
                        "matching_run_unmatched",
                        "mentoring_participant",
                        "mentoring_agreement_confirmation",
                        "learning_path",
                        "enrollment",
                        "path_evaluation");

        ana.given().delete(ME).then().statusCode(204);

        assertThat(leftovers(ana)).isEmpty();
        TestAccounts.administrator()
                .given()
                .get("/api/v1/person-reports/{reportId}", anasReport)
                .then()
                .statusCode(200)
                .body("personId", equalTo(reported.id()))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("reporterId")));
        assertThat(leftovers(joao)).as("the other person's data is intact").containsKey("person");
    }

    @Test
    void published_resources_outlive_their_author_anonymised_while_drafts_and_the_persons_reviews_go()
            throws SQLException {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        Footprint footprint = PrivacyFixtures.footprint(ana, joao);
        PrivacyFixtures.Resources resources = footprint.resources();
        joao.given().get(RESOURCE, resources.reviewedId()).then().body("rating.count", equalTo(1));

        ana.given().delete(ME).then().statusCode(204);

        joao.given()
                .get(RESOURCE, resources.publishedId())
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("submittedBy", nullValue())
                .body("rating.count", equalTo(1));
        joao.given()
                .get(RESOURCE, resources.reviewedId())
                .then()
                .statusCode(200)
                .body("rating.count", equalTo(0))
                .body("rating.average", nullValue());
        joao.given().get(REVIEWS, resources.reviewedId()).then().body("items", empty());
        assertThat(rows("select count(*) from learning_resource where id = ?", resources.draftId()))
                .isZero();
    }

    @Test
    void the_erasure_is_in_the_audit_log_without_anything_that_points_to_the_person() {
        Login ana = PrivacyFixtures.register("Ana Costa");

        ana.given().delete(ME).then().statusCode(204);

        TestAccounts.administrator()
                .given()
                .queryParam("type", "ACCOUNT_ERASED")
                .queryParam("limit", 100)
                .get("/api/v1/admin/audit-events")
                .then()
                .statusCode(200)
                .body("items.type", hasItem("ACCOUNT_ERASED"))
                .body("items.actorId", everyIsNull())
                .body("items.subjectId", everyIsNull())
                .body("items.ipAddress", everyIsNull());
    }

    @Test
    void erasure_only_ever_touches_the_caller() throws SQLException {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        PrivacyFixtures.footprint(ana, joao);
        Login stranger = TestAccounts.newPerson("A stranger");
        Map<String, Long> anaBefore = leftovers(ana);

        stranger.given().delete(ME).then().statusCode(204);

        assertThat(leftovers(ana)).isEqualTo(anaBefore);
        ana.given().get(ME).then().statusCode(200).body("id", equalTo(ana.id()));
        ana.given().get(MY_PROFILE).then().statusCode(200).body("bio", equalTo("Bio of " + ana.id()));
        refresh(ana.refreshToken()).then().statusCode(200);
        assertThat(leftovers(stranger)).isEmpty();
    }

    @Test
    void an_api_client_cannot_erase_an_account() {
        Login coordinator = TestAccounts.newPerson();
        String organizationId = PartnerClients.organization(coordinator);
        String token = PartnerClients.accessToken(
                PartnerClients.client(TestAccounts.administrator(), organizationId, "organizations:read"), null);

        PartnerClients.as(token).delete(ME).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        PartnerClients.as(token).get(EXPORT).then().statusCode(403);
        coordinator.given().get(ME).then().statusCode(200);
    }

    @Test
    void an_administrator_erases_their_account_while_another_administrator_remains() {
        Login second = TestAccounts.newPerson("Second administrator");
        PrivacyFixtures.grantAdministrator(second);

        second.given().delete(ME).then().statusCode(204);

        TestAccounts.administrator().given().get(ME).then().statusCode(200);
    }

    @Test
    void the_only_administrator_cannot_erase_their_account() throws SQLException {
        Login admin = TestAccounts.administrator();
        // Other tests make administrators too: step them down for this test, and restore them.
        List<UUID> others = otherAdministrators(admin.id());
        setAdministrator(others, false);
        try {
            admin.given()
                    .delete(ME)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEMS + "rule-violated"))
                    .body("detail", org.hamcrest.Matchers.containsString("administrator role"));
        } finally {
            setAdministrator(others, true);
        }

        admin.given().get(ME).then().statusCode(200).body("platformRoles", hasItem("ADMINISTRATOR"));
    }

    /** Per table of the public schema (Liquibase's own aside), the rows whose text holds the id or email. */
    private Map<String, Long> leftovers(Login person) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection
                    .createStatement()
                    .executeQuery("select tablename from pg_tables where schemaname = 'public'"
                            + " and tablename not in ('databasechangelog', 'databasechangeloglock') order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).contains("person", "audit_event", "login_throttle", "idempotency_record");
            for (String table : tables) {
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" t where t::text ilike ? or t::text ilike ?")) {
                    count.setString(1, "%" + person.id() + "%");
                    count.setString(2, "%" + person.email() + "%");
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            found.put(table, result.getLong(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    private long rows(String query, String id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private List<UUID> otherAdministrators(String adminId) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id from person where 'ADMINISTRATOR' = any (platform_roles) and id <> ?")) {
            select.setObject(1, UUID.fromString(adminId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private void setAdministrator(List<UUID> people, boolean administrator) throws SQLException {
        String change = administrator
                ? "array_append(array_remove(platform_roles, 'ADMINISTRATOR'), 'ADMINISTRATOR')"
                : "array_remove(platform_roles, 'ADMINISTRATOR')";
        try (Connection connection = database.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("update person set platform_roles = " + change + " where id = ?")) {
            for (UUID id : people) {
                update.setObject(1, id);
                update.executeUpdate();
            }
        }
    }

    private static org.hamcrest.Matcher<Iterable<? super Object>> everyIsNull() {
        return not(hasItem(not(nullValue())));
    }
}
