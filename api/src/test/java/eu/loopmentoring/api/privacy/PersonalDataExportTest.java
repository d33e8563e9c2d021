package eu.loopmentoring.api.privacy;

import static eu.loopmentoring.api.privacy.PrivacyFixtures.EXPORT;
import static eu.loopmentoring.api.privacy.PrivacyFixtures.PROBLEMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.privacy.PrivacyFixtures.Footprint;
import eu.loopmentoring.api.profile.ResponseFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/me/export}: everything the platform holds about the caller, and nothing else. */
@QuarkusTest
class PersonalDataExportTest {

    @Test
    void the_export_is_a_download_that_is_never_cached() {
        Login ana = TestAccounts.newPerson("Ana Costa");

        ana.given()
                .get(EXPORT)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Content-Disposition", "attachment; filename=\"loop-export-" + ana.id() + ".json\"")
                .header("Cache-Control", "no-store");
    }

    @Test
    void the_export_holds_what_the_person_created_through_the_api() {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        Footprint footprint = PrivacyFixtures.footprint(ana, joao);

        Response export = ana.given().get(EXPORT);

        export.then()
                .statusCode(200)
                .body("exportedAt", notNullValue())
                .body("account.id", equalTo(ana.id()))
                .body("account.email", equalTo(ana.email()))
                .body("account.displayName", equalTo("Ana Costa"))
                .body("account.country", equalTo("PT"))
                .body("account.preferredLanguage", equalTo("pt"))
                .body("account.platformRoles", empty())
                .body("account.createdAt", notNullValue())
                .body("profile.personId", equalTo(ana.id()))
                .body("profile.bio", equalTo(footprint.bio()))
                .body("profile.interests", hasItem("digital-pedagogy"))
                .body("profile.visibility.learningProgress", equalTo("MENTORING_PARTNERS"))
                .body("questionnaireResponses.id", contains(footprint.responseId()))
                .body("questionnaireResponses[0].status", equalTo("SUBMITTED"))
                .body("questionnaireResponses[0].answers.text", hasItem(footprint.answerText()))
                .body("questionnaireResponses[0].scores.dimension", hasItem("MOTIVATION"))
                .body("consents.purposes.find { it.purpose == 'MOTIVATION' }.given", equalTo(true))
                .body("consents.history.purpose", contains("MOTIVATION"))
                .body(
                        "organizations.organizationId",
                        containsInAnyOrder(footprint.ownOrganizationId(), footprint.invitedToOrganizationId()))
                .body(
                        "organizations.find { it.organizationId == '%s' }.role"
                                .formatted(footprint.ownOrganizationId()),
                        equalTo("COORDINATOR"))
                .body(
                        "organizations.find { it.organizationId == '%s' }.status"
                                .formatted(footprint.invitedToOrganizationId()),
                        equalTo("INVITED"))
                .body(
                        "coalitions.coalitionId",
                        containsInAnyOrder(footprint.foundedCoalitionId(), footprint.joinedCoalitionId()))
                .body("securityEvents.type", hasItems("ACCOUNT_REGISTERED", "LOGIN_SUCCEEDED", "LOGIN_FAILED"))
                .body("externalIdentities", empty())
                .body(
                        "resources.id",
                        containsInAnyOrder(
                                footprint.resources().draftId(),
                                footprint.resources().publishedId()))
                .body("resources.submittedBy", everyItem(equalTo(ana.id())))
                .body(
                        "resourceReviews.resourceId",
                        contains(footprint.resources().reviewedId()))
                .body("resourceReviews[0].rating", equalTo(2))
                .body(
                        "resourceReports.resourceId",
                        contains(footprint.resources().reviewedId()))
                .body("resourceReports[0].text", equalTo("Outdated figures."))
                .body("resourceUses.resourceId", contains(footprint.resources().reviewedId()))
                .body("resourceUses[0].kind", equalTo("COMPLETED"));

        List<String> occurred = export.jsonPath().getList("securityEvents.occurredAt");
        assertThat(occurred.stream().map(Instant::parse).toList())
                .as("newest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(export.jsonPath().getList("securityEvents.findAll { it.subjectId != null }.subjectId"))
                .containsOnly(ana.id());
    }

    @Test
    void drafts_are_in_the_export_and_withdrawn_consents_stay_in_its_history() {
        Login ana = TestAccounts.newPerson("Ana Costa");
        ResponseFixtures.giveConsent(ana, "MOTIVATION");
        ana.given().delete("/api/v1/me/consents/{purpose}", "MOTIVATION").then().statusCode(204);
        String draft = ana.given()
                .contentType("application/json")
                .body(ResponseFixtures.answers(ana, 3, List.of()))
                .post("/api/v1/me/questionnaire-responses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ana.given()
                .get(EXPORT)
                .then()
                .statusCode(200)
                .body("questionnaireResponses.id", contains(draft))
                .body("questionnaireResponses[0].status", equalTo("DRAFT"))
                .body("questionnaireResponses[0]", not(hasKey("scores")))
                .body("consents.purposes.find { it.purpose == 'MOTIVATION' }.given", equalTo(false))
                .body("consents.history[0].purpose", equalTo("MOTIVATION"))
                .body("consents.history[0].withdrawnAt", notNullValue());
    }

    @Test
    void the_export_holds_nothing_of_another_person() {
        Login ana = PrivacyFixtures.register("Ana Costa");
        Login joao = PrivacyFixtures.register("João Silva");
        Footprint anas = PrivacyFixtures.footprint(ana, joao);
        // João's own data, shared with a third person, never with Ana.
        Footprint joaos = PrivacyFixtures.footprint(joao, TestAccounts.newPerson());

        String body = ana.given().get(EXPORT).then().statusCode(200).extract().asString();

        assertThat(body).contains(ana.id(), ana.email(), anas.bio());
        assertThat(body)
                .doesNotContain(joao.id())
                .doesNotContain(joao.email())
                .doesNotContain(joaos.bio())
                .doesNotContain(joaos.responseId())
                .doesNotContain(joaos.answerText())
                .doesNotContain(joaos.ownOrganizationId())
                .doesNotContain(joaos.foundedCoalitionId());
    }

    @Test
    void an_administrator_sees_their_roles_in_the_export_and_api_clients_get_403() {
        Login second = TestAccounts.newPerson();
        PrivacyFixtures.grantAdministrator(second);

        second.given()
                .get(EXPORT)
                .then()
                .statusCode(200)
                .body("account.platformRoles", containsInAnyOrder("ADMINISTRATOR"))
                .body("securityEvents.type", hasItem("PLATFORM_ROLES_CHANGED"));

        Api.given().get(EXPORT).then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
    }
}
