package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.NOTIFICATIONS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFER;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROPOSAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUEST;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.answer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the time to answer shortened to seconds, the scheduled job expires what nobody answered. */
@QuarkusTest
@TestProfile(ProposalExpiryTest.ShortTimeToAnswer.class)
class ProposalExpiryTest {

    public static class ShortTimeToAnswer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "loop.mentoring.proposal-expiry", "PT2S",
                    "loop.mentoring.expiry-check-every", "1s",
                    "loop.mentoring.expiry-check-delay", "1s");
        }
    }

    @Test
    void an_unanswered_proposal_expires_the_request_returns_to_the_pool_and_the_mentee_is_told() throws Exception {
        Login ana = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        String offerId = offer(joao, 1);
        String proposalId = proposal(ana, offerId);
        String requestId =
                ana.given().get(PROPOSAL, proposalId).then().extract().path("requestId");
        String whileProposed =
                ana.given().get(REQUEST, requestId).then().extract().path("status");
        if (!"PROPOSED".equals(whileProposed)) {
            // A machine slower than the 2 seconds to answer: then only expiry can have freed it.
            assertThat(whileProposed).isEqualTo("OPEN");
            assertThat(ana.given().get(PROPOSAL, proposalId).then().extract().<String>path("status"))
                    .isEqualTo("EXPIRED");
        }

        awaitStatus(ana, proposalId, "EXPIRED");

        ana.given().get(REQUEST, requestId).then().statusCode(200).body("status", equalTo("OPEN"));
        ana.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PROPOSAL_EXPIRED"));
        joao.given().get(NOTIFICATIONS).then().body("items.kind", hasItem("PROPOSAL_EXPIRED"));
        answer(joao, proposalId, "ACCEPT")
                .then()
                .statusCode(422)
                .body("detail", containsString("is EXPIRED and can no longer be answered"));
    }

    @Test
    void a_mentor_who_lets_a_proposal_expire_ranks_lower_until_they_act_again() throws Exception {
        Login joao = TestAccounts.newPerson();
        String offerId = offer(joao, 2);
        String proposalId = proposal(TestAccounts.newPerson(), offerId);

        awaitStatus(joao, proposalId, "EXPIRED");
        joao.given().get(OFFER, offerId).then().body("missedProposals", equalTo(1));

        String etag = joao.given().get(OFFER, offerId).then().extract().header("ETag");
        joao.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("capacity", 3))
                .patch(OFFER, offerId)
                .then()
                .statusCode(200)
                .body("missedProposals", equalTo(0));
    }

    private static void awaitStatus(Login person, String proposalId, String status) {
        await("proposal status")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(person.given()
                                .get(PROPOSAL, proposalId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"))
                        .isEqualTo(status));
    }
}
