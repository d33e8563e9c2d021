package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFER;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFERS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROPOSAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROPOSALS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.READ;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIP;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIPS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUEST;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUESTS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.WITHDRAWAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.answer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offerBody;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.proposal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.propose;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.request;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.requestBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentoringTest {

    @Nested
    class MentorOffers {

        @Test
        void a_person_offers_to_mentor_once_and_everyone_sees_the_remaining_capacity() {
            Login joao = TestAccounts.newPerson("João Silva");
            Login ana = TestAccounts.newPerson();

            String id = offer(joao, 2);

            ana.given()
                    .get(OFFER, id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("mentor.displayName", equalTo("João Silva"))
                    .body("capacity", equalTo(2))
                    .body("remainingCapacity", equalTo(2))
                    .body("status", equalTo("ACTIVE"))
                    .body("missedProposals", equalTo(0))
                    .body("lastActiveAt", notNullValue())
                    .body("languages", contains("pt", "en"));
            joao.given()
                    .contentType("application/json")
                    .body(offerBody(1))
                    .post(OFFERS)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo(PROBLEMS + "conflict"))
                    .body("detail", containsString("change it (PATCH)"));
        }

        @Test
        void in_person_mentoring_without_a_region_is_refused_naming_the_field() {
            Login joao = TestAccounts.newPerson();
            Map<String, Object> body = offerBody(1);
            body.put("modes", List.of("IN_PERSON"));

            joao.given()
                    .contentType("application/json")
                    .body(body)
                    .post(OFFERS)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "validation-failed"))
                    .body("violations.field", hasItem("region"));
        }

        @Test
        void the_mentor_pauses_their_offer_with_if_match_and_it_disappears_for_everyone_else() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            String id = offer(joao, 1);

            joao.given()
                    .contentType("application/json")
                    .body(Map.of("status", "PAUSED"))
                    .patch(OFFER, id)
                    .then()
                    .statusCode(428);
            ana.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "PAUSED"))
                    .patch(OFFER, id)
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("Only the mentor"));
            joao.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "PAUSED", "capacity", 3))
                    .patch(OFFER, id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("status", equalTo("PAUSED"))
                    .body("capacity", equalTo(3));

            ana.given().get(OFFER, id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
            ana.given()
                    .contentType("application/json")
                    .body(Map.of("status", "ACTIVE"))
                    .patch(OFFER, id)
                    .then()
                    .statusCode(404);
            ana.given()
                    .queryParam("limit", 100)
                    .get(OFFERS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
            joao.given()
                    .queryParam("mine", true)
                    .get(OFFERS)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(id));
            joao.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("status", "ACTIVE"))
                    .patch(OFFER, id)
                    .then()
                    .statusCode(412);
        }

        @Test
        void listings_filter_by_what_the_offer_contains() {
            Login joao = TestAccounts.newPerson();
            Login viewer = TestAccounts.newPerson();
            String id = offer(joao, 1);

            viewer.given()
                    .queryParam("subject", "mathematics")
                    .queryParam("language", "pt")
                    .queryParam("schoolLevel", "ISCED_2")
                    .queryParam("profileDimension", "PEDAGOGICAL_CONCEPTIONS")
                    .queryParam("format", "ONE_TO_ONE")
                    .queryParam("mode", "ONLINE")
                    .queryParam("limit", 100)
                    .get(OFFERS)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id));
            viewer.given()
                    .queryParam("language", "fi")
                    .queryParam("limit", 100)
                    .get(OFFERS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }

        @Test
        void api_clients_have_no_part_in_mentoring() {
            Login coordinator = TestAccounts.newPerson();
            String organizationId = PartnerClients.organization(coordinator);
            String token = PartnerClients.accessToken(
                    PartnerClients.client(TestAccounts.administrator(), organizationId, "mentoring:read"), null);

            PartnerClients.as(token).get(OFFERS).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
            PartnerClients.as(token).get(NOTIFICATIONS).then().statusCode(403);
        }
    }

    @Nested
    class Requests {

        @Test
        void a_request_takes_the_mentee_s_training_needs_unless_they_say_otherwise() {
            Login ana = TestAccounts.newPerson();
            ana.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("ownTrainingNeeds", List.of("classroom-management")))
                    .patch("/api/v1/me/profile")
                    .then()
                    .statusCode(200);
            Map<String, Object> own = requestBody();
            own.put("needs", List.of("assessment-for-learning"));

            ana.given()
                    .contentType("application/json")
                    .body(requestBody())
                    .post(REQUESTS)
                    .then()
                    .statusCode(201)
                    .body("needs", contains("classroom-management"))
                    .body("status", equalTo("OPEN"));
            ana.given()
                    .contentType("application/json")
                    .body(own)
                    .post(REQUESTS)
                    .then()
                    .statusCode(201)
                    .body("needs", contains("assessment-for-learning"));
        }

        @Test
        void mentors_with_an_active_offer_browse_the_pool_strangers_find_nothing() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            Login stranger = TestAccounts.newPerson();
            String requestId = request(ana);
            offer(joao, 1);

            joao.given()
                    .queryParam("view", "POOL")
                    .queryParam("limit", 100)
                    .get(REQUESTS)
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(requestId));
            joao.given().get(REQUEST, requestId).then().statusCode(200).body("mentee.id", equalTo(ana.id()));
            stranger.given()
                    .queryParam("view", "POOL")
                    .get(REQUESTS)
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("create a mentor offer"));
            stranger.given().get(REQUEST, requestId).then().statusCode(404);
            ana.given().get(REQUESTS).then().statusCode(200).body("items.id", contains(requestId));
        }

        @Test
        void a_request_addressed_to_a_mentor_is_proposed_to_them_at_once() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String offerId = offer(joao, 1);
            Map<String, Object> body = requestBody();
            body.put("offerId", offerId);

            String requestId = ana.given()
                    .contentType("application/json")
                    .body(body)
                    .post(REQUESTS)
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("PROPOSED"))
                    .body("addressedTo", equalTo(offerId))
                    .extract()
                    .path("id");

            joao.given()
                    .get(PROPOSALS)
                    .then()
                    .statusCode(200)
                    .body("items.requestId", contains(requestId))
                    .body("items[0].awaiting", equalTo("MENTOR"));
            joao.given().get(NOTIFICATIONS).then().statusCode(200).body("items.kind", contains("PROPOSAL_RECEIVED"));
        }

        @Test
        void the_mentee_withdraws_and_pending_proposals_close() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String proposalId = proposal(ana, offer(joao, 1));
            String requestId =
                    ana.given().get(PROPOSAL, proposalId).then().extract().path("requestId");

            joao.given().post(WITHDRAWAL, requestId).then().statusCode(403);
            ana.given().post(WITHDRAWAL, requestId).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

            joao.given().get(PROPOSAL, proposalId).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            ana.given()
                    .post(WITHDRAWAL, requestId)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEMS + "rule-violated"))
                    .body("detail", containsString("only OPEN and PROPOSED requests can be withdrawn"));
        }
    }

    @Nested
    class Proposals {

        @Test
        void the_mentor_accepts_the_relationship_starts_and_both_are_notified() {
            Login ana = TestAccounts.newPerson("Ana Costa");
            Login joao = TestAccounts.newPerson("João Silva");
            String offerId = offer(joao, 1);
            String proposalId = proposal(ana, offerId);

            String relationshipId = answer(joao, proposalId, "ACCEPT")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCEPTED"))
                    .body("menteeAcceptedAt", notNullValue())
                    .body("mentorAcceptedAt", notNullValue())
                    .body("mentee.id", equalTo(ana.id()))
                    .body("mentee.displayName", equalTo("Ana Costa"))
                    .body("mentor.id", equalTo(joao.id()))
                    .body("mentor.displayName", equalTo("João Silva"))
                    .extract()
                    .path("relationshipId");
            ana.given()
                    .get(PROPOSALS)
                    .then()
                    .statusCode(200)
                    .body("items.mentor.displayName", contains("João Silva"))
                    .body("items.mentee.displayName", contains("Ana Costa"));

            ana.given()
                    .get(RELATIONSHIP, relationshipId)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("status", equalTo("ACTIVE"))
                    .body("mentor.displayName", equalTo("João Silva"))
                    .body("mentee.displayName", equalTo("Ana Costa"))
                    .body("offerId", equalTo(offerId));
            ana.given().get(OFFER, offerId).then().body("remainingCapacity", equalTo(0));
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PROPOSAL_ACCEPTED"));
            joao.given()
                    .get(NOTIFICATIONS)
                    .then()
                    .body("items.kind", hasItems("PROPOSAL_RECEIVED", "PROPOSAL_ACCEPTED"));
            joao.given().get(RELATIONSHIPS).then().statusCode(200).body("items.id", contains(relationshipId));
        }

        @Test
        void a_mentor_offers_themselves_on_an_open_request_and_the_mentee_declines_with_a_reason() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String offerId = offer(joao, 1);
            String requestId = request(ana);

            String proposalId = propose(joao, requestId, offerId)
                    .then()
                    .statusCode(201)
                    .body("proposedBy", equalTo("MENTOR"))
                    .body("awaiting", equalTo("MENTEE"))
                    .body("mentor.id", equalTo(joao.id()))
                    .body("mentor.displayName", equalTo("Test Person"))
                    .body("mentee.id", equalTo(ana.id()))
                    .extract()
                    .path("id");
            answer(ana, proposalId, Map.of("answer", "DECLINE", "reason", "I found a mentor at my school."))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DECLINED"))
                    .body("declinedBy", equalTo("MENTEE"));

            joao.given()
                    .get(PROPOSAL, proposalId)
                    .then()
                    .body("declineReason", equalTo("I found a mentor at my school."));
            ana.given().get(REQUEST, requestId).then().body("status", equalTo("OPEN"));
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PROPOSAL_DECLINED"));
            answer(joao, proposalId, "ACCEPT")
                    .then()
                    .statusCode(422)
                    .body("detail", containsString("is DECLINED and can no longer be answered"));
        }

        @Test
        void strangers_find_neither_proposals_nor_relationships() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            Login stranger = TestAccounts.newPerson();
            String proposalId = proposal(ana, offer(joao, 1));
            String relationshipId =
                    answer(joao, proposalId, "ACCEPT").then().extract().path("relationshipId");

            stranger.given().get(PROPOSAL, proposalId).then().statusCode(404);
            answer(stranger, proposalId, "ACCEPT").then().statusCode(404);
            stranger.given().get(RELATIONSHIP, relationshipId).then().statusCode(404);
            changeStatus(stranger, relationshipId, Map.of("status", "PAUSED"))
                    .then()
                    .statusCode(404);
            stranger.given().get(PROPOSALS).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }

        @Test
        void a_proposal_needs_the_mentee_or_the_mentor_and_an_offer_with_room() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            Login other = TestAccounts.newPerson();
            String offerId = offer(joao, 1);
            String requestId = request(ana);
            offer(other, 1);

            propose(other, requestId, offerId).then().statusCode(403);
            propose(ana, requestId, offerId).then().statusCode(201);
            propose(ana, requestId, offerId)
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("already have a pending"));
            propose(ana, requestId, UUID.randomUUID().toString()).then().statusCode(404);
        }
    }

    @Nested
    class Relationships {

        @Test
        void participants_pause_resume_and_complete_and_the_other_is_notified() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String id = relationship(joao, ana);

            changeStatus(ana, id, Map.of("status", "PAUSED"))
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("status", equalTo("PAUSED"));
            changeStatus(joao, id, Map.of("status", "ACTIVE"))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            changeStatus(joao, id, Map.of("status", "COMPLETED"))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED"))
                    .body("endedAt", notNullValue());

            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("RELATIONSHIP_PAUSED"));
            ana.given()
                    .get(NOTIFICATIONS)
                    .then()
                    .body("items.kind", hasItems("RELATIONSHIP_RESUMED", "RELATIONSHIP_COMPLETED"));
            changeStatus(ana, id, Map.of("status", "ACTIVE"))
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEMS + "rule-violated"))
                    .body("detail", containsString("is COMPLETED; an ended relationship does not change any more"));
        }

        @Test
        void ending_early_needs_a_reason_and_can_reopen_the_mentee_s_request() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            String id = relationship(joao, ana);
            String requestId =
                    ana.given().get(RELATIONSHIP, id).then().extract().path("requestId");

            changeStatus(ana, id, Map.of("status", "ENDED_EARLY"))
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("reason"));
            changeStatus(joao, id, Map.of("status", "ENDED_EARLY", "reason", "Moving", "reopenRequest", true))
                    .then()
                    .statusCode(403)
                    .body("detail", containsString("Only the mentee"));
            changeStatus(
                            ana,
                            id,
                            Map.of("status", "ENDED_EARLY", "reason", "Different needs now", "reopenRequest", true))
                    .then()
                    .statusCode(200)
                    .body("endReason", equalTo("Different needs now"));

            ana.given().get(REQUEST, requestId).then().body("status", equalTo("OPEN"));
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("RELATIONSHIP_ENDED_EARLY"));
        }
    }

    @Nested
    class Notifications {

        @Test
        void the_recipient_reads_pages_of_their_own_and_marks_them_read() {
            Login ana = TestAccounts.newPerson();
            Login joao = TestAccounts.newPerson();
            Login stranger = TestAccounts.newPerson();
            String offerId = offer(joao, 3);
            proposal(ana, offerId);
            proposal(ana, offerId);

            String first = joao.given()
                    .queryParam("limit", 1)
                    .get(NOTIFICATIONS)
                    .then()
                    .statusCode(200)
                    .body("items", org.hamcrest.Matchers.hasSize(1))
                    .body("next", notNullValue())
                    .extract()
                    .path("items[0].id");
            stranger.given().put(READ, first).then().statusCode(404);
            joao.given()
                    .put(READ, first)
                    .then()
                    .statusCode(200)
                    .body("read", equalTo(true))
                    .body("readAt", notNullValue());
            joao.given().put(READ, first).then().statusCode(200).body("read", equalTo(true));

            joao.given()
                    .queryParam("unread", true)
                    .get(NOTIFICATIONS)
                    .then()
                    .statusCode(200)
                    .body("items", org.hamcrest.Matchers.hasSize(1))
                    .body("items.id", not(hasItem(first)))
                    .body("items.read", everyItem(equalTo(false)))
                    .body("next", nullValue());
            Api.given().get(NOTIFICATIONS).then().statusCode(401);
        }
    }
}
