package eu.loopmentoring.api.safety;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFERS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROPOSAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUEST;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUESTS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.proposal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.propose;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.request;
import static eu.loopmentoring.api.safety.SafetyFixtures.BLOCK;
import static eu.loopmentoring.api.safety.SafetyFixtures.BLOCKS;
import static eu.loopmentoring.api.safety.SafetyFixtures.REPORT;
import static eu.loopmentoring.api.safety.SafetyFixtures.REPORTS;
import static eu.loopmentoring.api.safety.SafetyFixtures.RESOLUTION;
import static eu.loopmentoring.api.safety.SafetyFixtures.block;
import static eu.loopmentoring.api.safety.SafetyFixtures.moderator;
import static eu.loopmentoring.api.safety.SafetyFixtures.report;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SafetyTest {

    @Nested
    class Blocking {

        @Test
        void a_blocked_pair_cannot_be_proposed_and_the_refusal_does_not_say_who_blocked_whom() {
            Login joao = TestAccounts.newPerson("João Silva");
            Login ana = TestAccounts.newPerson("Ana Costa");
            String offerId = offer(joao, 2);
            String requestId = request(ana);
            block(joao, ana);

            for (Login proposer : List.of(ana, joao)) {
                propose(proposer, requestId, offerId)
                        .then()
                        .statusCode(422)
                        .contentType("application/problem+json")
                        .body("type", equalTo(PROBLEMS + "rule-violated"))
                        .body("detail", equalTo("This mentee and this mentor cannot be paired."));
            }
        }

        @Test
        void blocking_withdraws_pending_proposals_between_the_two() {
            Login joao = TestAccounts.newPerson("João Silva");
            Login ana = TestAccounts.newPerson("Ana Costa");
            String proposalId = proposal(ana, offer(joao, 2));

            block(ana, joao);

            ana.given().get(PROPOSAL, proposalId).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            joao.given().get(NOTIFICATIONS).then().statusCode(200).body("items.kind", hasItem("PROPOSAL_CLOSED"));
        }

        @Test
        void the_blocked_persons_offer_and_request_disappear_from_the_blockers_listings_and_vice_versa() {
            Login joao = TestAccounts.newPerson("João Silva");
            Login ana = TestAccounts.newPerson("Ana Costa");
            String joaosOffer = offer(joao, 2);
            String anasOffer = offer(ana, 1);
            String joaosRequest = request(joao);
            String anasRequest = request(ana);

            block(ana, joao);

            ana.given().queryParam("limit", 100).get(OFFERS).then().body("items.id", not(hasItem(joaosOffer)));
            joao.given().queryParam("limit", 100).get(OFFERS).then().body("items.id", not(hasItem(anasOffer)));
            ana.given()
                    .queryParam("limit", 100)
                    .queryParam("view", "POOL")
                    .get(REQUESTS)
                    .then()
                    .body("items.id", not(hasItem(joaosRequest)));
            joao.given()
                    .queryParam("limit", 100)
                    .queryParam("view", "POOL")
                    .get(REQUESTS)
                    .then()
                    .body("items.id", not(hasItem(anasRequest)));
            ana.given().get(REQUEST, anasRequest).then().statusCode(200);
        }

        @Test
        void a_person_lists_and_removes_their_blocks_and_a_block_only_exists_once() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            block(ana, joao);

            ana.given()
                    .contentType("application/json")
                    .body(Map.of("personId", joao.id()))
                    .post(BLOCKS)
                    .then()
                    .statusCode(409);
            ana.given().get(BLOCKS).then().statusCode(200).body("items.personId", contains(joao.id()));
            joao.given().get(BLOCKS).then().statusCode(200).body("items", equalTo(List.of()));
            joao.given().delete(BLOCK, ana.id()).then().statusCode(404);

            ana.given().delete(BLOCK, joao.id()).then().statusCode(204);

            ana.given().get(BLOCKS).then().body("items", equalTo(List.of()));
            String requestId = request(ana);
            propose(ana, requestId, offer(joao, 1)).then().statusCode(201);
        }

        @Test
        void nobody_blocks_themselves_or_an_unknown_person() {
            Login ana = TestAccounts.newPerson();

            ana.given()
                    .contentType("application/json")
                    .body(Map.of("personId", ana.id()))
                    .post(BLOCKS)
                    .then()
                    .statusCode(422);
            ana.given()
                    .contentType("application/json")
                    .body(Map.of("personId", UUID.randomUUID().toString()))
                    .post(BLOCKS)
                    .then()
                    .statusCode(404);
        }
    }

    @Nested
    class Reports {

        @Test
        void a_report_reaches_moderators_who_list_it_oldest_first_and_resolve_it() {
            Login moderator = moderator();
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String first = report(ana, joao, null);
            String second = report(joao, ana, null);

            moderator
                    .given()
                    .queryParam("unread", true)
                    .queryParam("limit", 100)
                    .get(NOTIFICATIONS)
                    .then()
                    .body("items.reportId", hasItem(first))
                    .body("items.reportId", hasItem(second));
            List<String> open = moderator
                    .given()
                    .queryParam("limit", 100)
                    .get(REPORTS)
                    .then()
                    .statusCode(200)
                    .body("items.status", everyItem(equalTo("OPEN")))
                    .extract()
                    .path("items.id");
            org.assertj.core.api.Assertions.assertThat(open).containsSubsequence(first, second);

            moderator
                    .given()
                    .contentType("application/json")
                    .body(Map.of("outcome", "ACTION_TAKEN", "note", "Warned the person."))
                    .post(RESOLUTION, first)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("RESOLVED"))
                    .body("resolution.outcome", equalTo("ACTION_TAKEN"))
                    .body("resolution.moderatorId", equalTo(moderator.id()));

            moderator.given().queryParam("limit", 100).get(REPORTS).then().body("items.id", not(hasItem(first)));
            moderator
                    .given()
                    .queryParam("status", "RESOLVED")
                    .queryParam("limit", 100)
                    .get(REPORTS)
                    .then()
                    .body("items.id", hasItem(first));
            moderator
                    .given()
                    .contentType("application/json")
                    .body(Map.of("outcome", "NO_ACTION", "note", "Again."))
                    .post(RESOLUTION, first)
                    .then()
                    .statusCode(422);
        }

        @Test
        void people_who_are_not_moderators_cannot_list_or_resolve_reports_and_see_only_their_own() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String id = report(ana, joao, null);

            joao.given().get(REPORTS).then().statusCode(403).contentType("application/problem+json");
            ana.given()
                    .contentType("application/json")
                    .body(Map.of("outcome", "NO_ACTION", "note", "Nothing."))
                    .post(RESOLUTION, id)
                    .then()
                    .statusCode(403);
            ana.given().get(REPORT, id).then().statusCode(200).body("personId", equalTo(joao.id()));
            joao.given().get(REPORT, id).then().statusCode(404);
            TestAccounts.newPerson().given().get(REPORT, id).then().statusCode(404);
        }

        @Test
        void a_report_about_a_relationship_needs_the_reporter_and_the_reported_person_in_it() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login stranger = TestAccounts.newPerson();
            String relationship = relationship(joao, ana);

            report(ana, joao, relationship);
            Map<String, Object> body = Map.of(
                    "personId", joao.id(), "category", "OTHER", "text", "Something.", "relationshipId", relationship);
            stranger.given()
                    .contentType("application/json")
                    .body(body)
                    .post(REPORTS)
                    .then()
                    .statusCode(404);
            Map<String, Object> aboutStranger = new HashMap<>(body);
            aboutStranger.put("personId", stranger.id());
            ana.given()
                    .contentType("application/json")
                    .body(aboutStranger)
                    .post(REPORTS)
                    .then()
                    .statusCode(422);
        }
    }
}
