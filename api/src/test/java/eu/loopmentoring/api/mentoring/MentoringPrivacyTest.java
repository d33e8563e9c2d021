package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROPOSALS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIP;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUESTS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.footprint;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A person's mentoring in their export, and what their erasure leaves to the people they worked with. */
@QuarkusTest
class MentoringPrivacyTest {

    @Test
    void the_export_holds_the_person_s_offer_requests_proposals_relationships_and_notifications() {
        Login ana = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        String relationship = footprint(ana, joao);

        ana.given()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("mentoring.offer.mentor.id", equalTo(ana.id()))
                .body("mentoring.requests", hasSize(1))
                .body("mentoring.requests[0].mentee.id", equalTo(ana.id()))
                .body("mentoring.proposals", hasSize(2))
                .body("mentoring.relationships.id", contains(relationship))
                .body("notifications.kind", hasItems("PROPOSAL_ACCEPTED", "PROPOSAL_RECEIVED"));
        joao.given()
                .get("/api/v1/me/export")
                .then()
                .body("mentoring.requests.mentee.id", not(hasItem(ana.id())))
                .body("mentoring.relationships.id", contains(relationship));
    }

    @Test
    void after_erasure_the_other_participant_keeps_the_relationship_ended_early_without_the_person() {
        Login ana = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        String relationship = footprint(ana, joao);

        ana.given().delete("/api/v1/me").then().statusCode(204);

        joao.given()
                .get(RELATIONSHIP, relationship)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED_EARLY"))
                .body("endReason", equalTo("A participant erased their account."))
                .body("endedAt", notNullValue())
                .body("mentor.id", equalTo(joao.id()))
                .body("$", not(org.hamcrest.Matchers.hasKey("mentee")));
        joao.given()
                .get(NOTIFICATIONS)
                .then()
                .body("items.kind", hasItems("RELATIONSHIP_ENDED_EARLY", "PROPOSAL_CLOSED"));
        joao.given().get(PROPOSALS).then().body("items", hasSize(0));
        joao.given().get(REQUESTS).then().body("items[0].status", equalTo("OPEN"));
    }
}
