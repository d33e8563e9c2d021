package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.AGREEMENT;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.CONFIRMATION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.GOALS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.MY_FEEDBACK;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFER;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PARTICIPANT;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PARTICIPATION;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PRIVATE_NOTE;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIP;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIPS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.goal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.groupOffer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.groupRequest;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.heldSession;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.joinGroup;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.leave;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.peerGroup;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.propose;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putAgreement;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.putPrivateNote;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Group mentoring (one mentor, several mentees) and peer mentoring (two or more peers). */
@QuarkusTest
class GroupMentoringTest {

    private static String etag(Login person, String path, Object... params) {
        return person.given().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    @Nested
    class Groups {

        @Test
        void accepted_group_proposals_of_one_offer_join_the_mentors_group_one_seat_each_up_to_its_capacity() {
            Login joao = TestAccounts.newPerson("João Silva");
            Login ana = TestAccounts.newPerson("Ana Costa");
            Login bea = TestAccounts.newPerson("Bea Lopes");
            String offer = groupOffer(joao, 2);

            String first = joinGroup(joao, ana, offer);
            String second = joinGroup(joao, bea, offer);

            assertThat(second).isEqualTo(first);
            joao.given()
                    .get(RELATIONSHIP, first)
                    .then()
                    .statusCode(200)
                    .body("format", equalTo("GROUP"))
                    .body("mentor.id", equalTo(joao.id()))
                    .body("$", not(hasKey("mentee")))
                    .body("participants.person.id", containsInAnyOrder(joao.id(), ana.id(), bea.id()))
                    .body("participants.find { it.person.id == '%s' }.role".formatted(bea.id()), equalTo("MENTEE"))
                    .body("participants.status", everyItemIs("JOINED"));
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PARTICIPANT_JOINED"));
            joao.given().get(OFFER, offer).then().body("remainingCapacity", equalTo(0));
            Login cat = TestAccounts.newPerson();
            propose(cat, groupRequest(cat), offer).then().statusCode(422);
        }

        @Test
        void a_group_mentee_is_told_rather_than_proposed_a_one_to_one_with_the_mentor_they_already_have() {
            Login joao = TestAccounts.newPerson("João Silva");
            Login ana = TestAccounts.newPerson("Ana Costa");
            String offer = groupOffer(joao, 3);
            String group = joinGroup(joao, ana, offer);

            propose(ana, request(ana), offer)
                    .then()
                    .statusCode(422)
                    .body("type", equalTo(PROBLEMS + "rule-violated"))
                    .body("detail", containsString("running GROUP relationship (" + group + ")"));
            String pooled = request(ana);
            propose(joao, pooled, offer).then().statusCode(422);
            joao.given()
                    .get("/api/v1/me/mentee-suggestions")
                    .then()
                    .statusCode(200)
                    .body("items.requestId", not(hasItem(pooled)));
            ana.given()
                    .queryParam("requestId", pooled)
                    .get("/api/v1/me/mentor-suggestions")
                    .then()
                    .statusCode(200)
                    .body("items.offerId", not(hasItem(offer)));
        }

        @Test
        void a_stranger_cannot_read_or_change_a_group_and_a_mentee_cannot_read_anothers_private_note() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            String offer = groupOffer(joao, 3);
            String group = joinGroup(joao, ana, offer);
            joinGroup(joao, bea, offer);
            Login stranger = TestAccounts.newPerson();
            String tag = etag(joao, RELATIONSHIP, group);

            stranger.given().get(RELATIONSHIP, group).then().statusCode(404);
            stranger.given().get(GOALS, group).then().statusCode(404);
            changeStatus(stranger, group, Map.of("status", "PAUSED")).then().statusCode(404);
            stranger.given()
                    .header("If-Match", tag)
                    .delete(PARTICIPANT, group, ana.id())
                    .then()
                    .statusCode(404);
            stranger.given().post(PARTICIPATION, group).then().statusCode(404);
            stranger.given().get(RELATIONSHIPS + "?limit=100").then().body("items.id", not(hasItem(group)));

            String session = heldSession(ana, group, "We tried exit tickets.");
            putPrivateNote(ana, group, session, "I felt nervous.").then().statusCode(200);
            bea.given().get(PRIVATE_NOTE, group, session).then().statusCode(404);
            joao.given().get(PRIVATE_NOTE, group, session).then().statusCode(404);
            bea.given().get(GOALS, group).then().statusCode(200);
        }

        @Test
        void every_member_confirms_the_agreement_and_each_change_is_told_to_all_others() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            String offer = groupOffer(joao, 3);
            String group = joinGroup(joao, ana, offer);
            joinGroup(joao, bea, offer);

            putAgreement(joao, group, null, "Exit tickets in every lesson.")
                    .then()
                    .statusCode(200);
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("AGREEMENT_CHANGED"));
            bea.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("AGREEMENT_CHANGED"));
            for (Login person : List.of(joao, ana)) {
                person.given()
                        .header("If-Match", etag(person, AGREEMENT, group))
                        .post(CONFIRMATION, group)
                        .then()
                        .statusCode(200)
                        .body("confirmed", equalTo(false));
            }
            bea.given()
                    .header("If-Match", etag(bea, AGREEMENT, group))
                    .post(CONFIRMATION, group)
                    .then()
                    .statusCode(200)
                    .body("confirmed", equalTo(true))
                    .body("confirmations.personId", containsInAnyOrder(joao.id(), ana.id(), bea.id()))
                    .body("mentorConfirmedAt", org.hamcrest.Matchers.notNullValue())
                    .body("$", not(hasKey("menteeConfirmedAt")));

            putAgreement(ana, group, etag(ana, AGREEMENT, group), "Seating plan.")
                    .then()
                    .statusCode(200)
                    .body("confirmed", equalTo(false))
                    .body("confirmations", hasSize(0));
        }

        @Test
        void a_mentee_leaves_the_group_continues_and_when_the_mentor_removes_the_last_mentee_it_ends_early() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            String offer = groupOffer(joao, 2);
            String group = joinGroup(joao, ana, offer);
            joinGroup(joao, bea, offer);

            ana.given().delete(PARTICIPANT, group, ana.id()).then().statusCode(428);
            leave(ana, group, ana).then().statusCode(204);

            ana.given().get(RELATIONSHIP, group).then().statusCode(404);
            joao.given()
                    .get(RELATIONSHIP, group)
                    .then()
                    .body("status", equalTo("ACTIVE"))
                    .body("participants.find { it.person.id == '%s' }.status".formatted(ana.id()), equalTo("LEFT"));
            joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PARTICIPANT_LEFT"));
            joao.given().get(OFFER, offer).then().body("remainingCapacity", equalTo(1));
            changeStatus(bea, group, Map.of("status", "PAUSED")).then().statusCode(422);
            leave(bea, group, joao).then().statusCode(422);

            leave(joao, group, bea).then().statusCode(204);

            joao.given().get(RELATIONSHIP, group).then().body("status", equalTo("ENDED_EARLY"));
            bea.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PARTICIPANT_LEFT"));
            joao.given()
                    .contentType("application/json")
                    .body(Map.of("rating", 4))
                    .put(MY_FEEDBACK, group)
                    .then()
                    .statusCode(200);
        }

        @Test
        void a_mentees_export_holds_their_group_as_it_was_until_they_left_it() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            Login cat = TestAccounts.newPerson();
            String offer = groupOffer(joao, 3);
            String group = joinGroup(joao, ana, offer);
            joinGroup(joao, bea, offer);
            joinGroup(joao, cat, offer);
            goal(bea, group, "Bea's goal for the group");
            leave(ana, group, ana).then().statusCode(204);
            goal(cat, group, "Cat's goal after Ana left");

            ana.given()
                    .get("/api/v1/me/export")
                    .then()
                    .statusCode(200)
                    .body("mentoring.relationships.id", hasItem(group))
                    .body("mentoring.relationships[0].format", equalTo("GROUP"))
                    .body("mentoring.relationships[0].participants", hasSize(4))
                    .body("mentoring.goals.title", hasItem("Bea's goal for the group"))
                    .body("mentoring.goals.title", not(hasItem("Cat's goal after Ana left")));
        }

        @Test
        void erasing_a_mentee_keeps_the_group_for_the_others_and_erasing_the_mentor_ends_it() {
            Login joao = TestAccounts.newPerson();
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            Login cat = TestAccounts.newPerson();
            String offer = groupOffer(joao, 3);
            String group = joinGroup(joao, ana, offer);
            joinGroup(joao, bea, offer);
            joinGroup(joao, cat, offer);
            goal(ana, group, "Ana's goal for the group");

            ana.given().delete("/api/v1/me").then().statusCode(204);

            joao.given()
                    .get(RELATIONSHIP, group)
                    .then()
                    .body("status", equalTo("ACTIVE"))
                    .body("participants.person.id", containsInAnyOrder(joao.id(), bea.id(), cat.id()));
            bea.given().get(GOALS, group).then().body("items", hasSize(1));
            bea.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PARTICIPANT_LEFT"));

            joao.given().delete("/api/v1/me").then().statusCode(204);

            bea.given()
                    .get(RELATIONSHIP, group)
                    .then()
                    .body("status", equalTo("ENDED_EARLY"))
                    .body("$", not(hasKey("mentor")))
                    .body("participants.person.id", containsInAnyOrder(bea.id(), cat.id()));
            cat.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("FEEDBACK_REQUESTED"));
        }
    }

    @Nested
    class Peers {

        @Test
        void invitees_see_the_peer_group_join_it_and_only_members_work_in_it() {
            Login ana = TestAccounts.newPerson("Ana");
            Login bea = TestAccounts.newPerson("Bea");
            Login cat = TestAccounts.newPerson("Cat");
            String group = peerGroup(ana, bea, cat);

            bea.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PARTICIPANT_INVITED"));
            bea.given()
                    .get(RELATIONSHIP, group)
                    .then()
                    .statusCode(200)
                    .body("format", equalTo("PEER"))
                    .body("$", not(hasKey("mentor")))
                    .body("participants.find { it.person.id == '%s' }.status".formatted(bea.id()), equalTo("INVITED"))
                    .body("participants.role", everyItemIs("PEER"));
            bea.given().get(GOALS, group).then().statusCode(404);

            bea.given().post(PARTICIPATION, group).then().statusCode(200);
            bea.given().post(PARTICIPATION, group).then().statusCode(422);
            goal(bea, group, "Plan a co-taught lesson");
            ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PARTICIPANT_JOINED"));
            ana.given().get(GOALS, group).then().body("items", hasSize(1));

            leave(cat, group, cat).then().statusCode(204);
            ana.given().get(RELATIONSHIP, group).then().body("status", equalTo("ACTIVE"));
            leave(bea, group, ana).then().statusCode(403);
        }

        @Test
        void a_stranger_cannot_read_join_or_leave_a_peer_group() {
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            String group = peerGroup(ana, bea);
            Login stranger = TestAccounts.newPerson();
            String tag = etag(ana, RELATIONSHIP, group);

            stranger.given().get(RELATIONSHIP, group).then().statusCode(404);
            stranger.given().post(PARTICIPATION, group).then().statusCode(404);
            stranger.given()
                    .header("If-Match", tag)
                    .delete(PARTICIPANT, group, stranger.id())
                    .then()
                    .statusCode(404);
            stranger.given()
                    .header("If-Match", tag)
                    .delete(PARTICIPANT, group, bea.id())
                    .then()
                    .statusCode(404);
        }

        @Test
        void a_peer_group_needs_another_person_and_never_its_creator_as_an_invitee() {
            Login ana = TestAccounts.newPerson();

            ana.given()
                    .contentType("application/json")
                    .body(Map.of("inviteeIds", List.of(ana.id())))
                    .post(RELATIONSHIPS)
                    .then()
                    .statusCode(400);
            ana.given()
                    .contentType("application/json")
                    .body(Map.of(
                            "inviteeIds", List.of(java.util.UUID.randomUUID().toString())))
                    .post(RELATIONSHIPS)
                    .then()
                    .statusCode(422);
        }

        @Test
        void the_last_invitee_declining_ends_the_group_early() {
            Login ana = TestAccounts.newPerson();
            Login bea = TestAccounts.newPerson();
            String group = peerGroup(ana, bea);

            leave(bea, group, bea).then().statusCode(204);

            ana.given()
                    .get(RELATIONSHIP, group)
                    .then()
                    .body("status", equalTo("ENDED_EARLY"))
                    .body("endReason", equalTo("Fewer than two participants remain."));
        }
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
