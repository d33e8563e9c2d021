package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.matching.RunFixtures.PAIRS;
import static eu.loopmentoring.api.matching.RunFixtures.PUBLICATION;
import static eu.loopmentoring.api.matching.RunFixtures.RUN;
import static eu.loopmentoring.api.matching.RunFixtures.all;
import static eu.loopmentoring.api.matching.RunFixtures.offer;
import static eu.loopmentoring.api.matching.RunFixtures.publish;
import static eu.loopmentoring.api.matching.RunFixtures.published;
import static eu.loopmentoring.api.matching.RunFixtures.request;
import static eu.loopmentoring.api.matching.RunFixtures.run;
import static eu.loopmentoring.api.matching.RunFixtures.startPublication;
import static eu.loopmentoring.api.mentoring.FirstAcceptanceTest.atOnce;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFER;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROPOSAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIPS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.WITHDRAWAL;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.answer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import eu.loopmentoring.api.matching.RunFixtures.Coalition;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublishRunTest {

    @Inject
    Scheduler scheduler;

    static final String DISCARD = "/api/v1/matching-runs/{runId}/discard";
    static final String EXPLANATION = "/api/v1/matches/{matchId}/explanation";

    @Test
    void publishing_makes_each_pair_that_still_holds_a_proposal_both_accept_and_skips_the_others_with_a_reason() {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login ana = coalition.member("Ana");
        Login bea = coalition.member("Bea");
        offer(mentor, 2, "lt");
        String anas = request(ana, "lt");
        String beas = request(bea, "lt");
        String runId = run(coalition).getString("id");
        bea.given().post(WITHDRAWAL, beas).then().statusCode(200);

        JsonPath published = publish(coalition.coordinator(), runId);
        assertThat(published.getInt("publication.proposed")).isEqualTo(1);
        assertThat(published.getInt("publication.skipped")).isEqualTo(1);
        assertThat(published.getLong("progress.done")).isEqualTo(2);
        assertThat(published.getLong("progress.total")).isEqualTo(2);

        Map<String, Map<String, Object>> byRequest = byRequest(coalition, runId);
        Map<String, Object> anasPair = byRequest.get(anas);
        assertThat(anasPair.get("outcome")).isEqualTo("PROPOSED");
        assertThat(byRequest.get(beas).get("outcome")).isEqualTo("SKIPPED");
        assertThat((String) byRequest.get(beas).get("skipReason")).contains("no longer OPEN");
        String proposal = (String) anasPair.get("proposalId");
        ana.given()
                .get(PROPOSAL, proposal)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("menteeAcceptedAt", equalTo(null))
                .body("mentorAcceptedAt", equalTo(null))
                .body("mentee.id", equalTo(ana.id()))
                .body("mentee.displayName", equalTo("Ana"))
                .body("mentor.id", equalTo(mentor.id()))
                .body("mentor.displayName", equalTo("Mentor"));
        answer(ana, proposal, "ACCEPT").then().statusCode(200).body("status", equalTo("PENDING"));
        answer(mentor, proposal, "ACCEPT").then().statusCode(200).body("status", equalTo("ACCEPTED"));

        coalition
                .coordinator()
                .given()
                .post(PUBLICATION, runId)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"));
        coalition.coordinator().given().post(DISCARD, runId).then().statusCode(409);
        ana.given().post(PUBLICATION, runId).then().statusCode(404);
    }

    @Test
    void a_discarded_run_proposes_nothing_and_cannot_be_published_afterwards() {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login ana = coalition.member("Ana");
        offer(mentor, 1, "mt");
        request(ana, "mt");
        String runId = run(coalition).getString("id");

        coalition
                .coordinator()
                .given()
                .post(DISCARD, runId)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCARDED"));
        coalition.coordinator().given().post(PUBLICATION, runId).then().statusCode(409);
        coalition.coordinator().given().get(RUN, runId).then().body("status", equalTo("DISCARDED"));
        assertThat(all(coalition.coordinator(), PAIRS, runId))
                .allSatisfy(p -> assertThat(p.get("outcome")).isNull());
        ana.given().get("/api/v1/mentoring-proposals").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void a_match_is_explained_to_both_people_in_it_and_its_coordinators_by_pair_or_proposal_and_to_no_one_else() {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login ana = coalition.member("Ana");
        Login other = coalition.member("Another member");
        offer(mentor, 1, "ga");
        request(ana, "ga");
        String runId = run(coalition).getString("id");
        Map<String, Object> pair = all(coalition.coordinator(), PAIRS, runId).get(0);
        String matchId = (String) pair.get("id");

        JsonPath explained = ana.given()
                .get(EXPLANATION, matchId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(explained.getString("menteeId")).isEqualTo(ana.id());
        assertThat(explained.getString("mentorId")).isEqualTo(mentor.id());
        assertThat(explained.getMap("mentee")).isEqualTo(Map.of("id", ana.id(), "displayName", "Ana"));
        assertThat(explained.getMap("mentor")).isEqualTo(Map.of("id", mentor.id(), "displayName", "Mentor"));
        List<Object> points = explained.getList("contributions.points");
        BigDecimal sum =
                points.stream().map(p -> new BigDecimal(p.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum)
                .isEqualByComparingTo(new BigDecimal(explained.get("score").toString()));
        assertThat(explained.getList("filtersApplied", String.class))
                .contains("NOT_SELF", "NOT_BLOCKED", "SHARED_LANGUAGE");
        assertThat(explained.getList("shared.languages", String.class)).containsExactly("ga");
        mentor.given().get(EXPLANATION, matchId).then().statusCode(200);
        coalition.coordinator().given().get(EXPLANATION, matchId).then().statusCode(200);
        other.given().get(EXPLANATION, matchId).then().statusCode(404);
        TestAccounts.newPerson().given().get(EXPLANATION, matchId).then().statusCode(404);

        publish(coalition.coordinator(), runId);
        String proposal =
                (String) all(coalition.coordinator(), PAIRS, runId).get(0).get("proposalId");
        mentor.given()
                .get(EXPLANATION, proposal)
                .then()
                .statusCode(200)
                .body("matchId", equalTo(matchId))
                .body("proposalId", equalTo(proposal));
        other.given().get(EXPLANATION, proposal).then().statusCode(404);
    }

    @Test
    void self_service_accepts_during_a_publish_never_exceed_capacity_nor_give_a_request_two_relationships()
            throws Exception {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        Login otherMentor = coalition.member("Other mentor");
        String offer = offer(mentor, 1, "hr");
        String otherOffer = offer(otherMentor, 1, "sl");
        Login ana = coalition.member("Ana");
        String anas = request(ana, "hr");
        String runId = run(coalition).getString("id");
        assertThat(byRequest(coalition, runId)).containsKey(anas);
        String carlas = proposalFromOutside(offer, "hr");

        // While the run is published: the run's mentor accepts a mentee from outside the run, and
        // another mentor offers themselves on the run's request.
        List<Response> results = atOnce(List.of(
                () -> coalition.coordinator().given().post(PUBLICATION, runId),
                () -> answer(mentor, carlas, "ACCEPT"),
                () -> propose(otherMentor, anas, otherOffer)));

        assertThat(results).extracting(Response::statusCode).containsExactly(202, 200, 201);
        published(coalition.coordinator(), runId);
        String published = (String) byRequest(coalition, runId).get(anas).get("proposalId");
        if (published != null) {
            answer(ana, published, "ACCEPT");
            answer(mentor, published, "ACCEPT").then().statusCode(422);
        }
        answer(ana, results.get(2).path("id"), "ACCEPT").then().statusCode(200);
        mentor.given().get(OFFER, offer).then().body("remainingCapacity", equalTo(0));
        mentor.given().queryParam("status", "ACTIVE").get(RELATIONSHIPS).then().body("items", hasSize(1));
        ana.given().queryParam("status", "ACTIVE").get(RELATIONSHIPS).then().body("items", hasSize(1));
        ana.given()
                .get(eu.loopmentoring.api.mentoring.MentoringFixtures.REQUEST, anas)
                .then()
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void
            a_publication_answers_202_publishing_at_once_reports_its_progress_and_refuses_a_second_publication_or_a_discard()
                    throws Exception {
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        offer(mentor, 3, "lb");
        for (String name : List.of("Ana", "Bea", "Carla")) {
            request(coalition.member(name), "lb");
        }
        String runId = run(coalition).getString("id");
        Login coordinator = coalition.coordinator();

        // no worker publishes meanwhile, so that the run is seen PUBLISHING
        scheduler.pause(MatchingRunWorker.IDENTITY);
        try {
            JsonPath publishing = startPublication(coordinator, runId);
            assertThat(publishing.getLong("progress.done")).isZero();
            assertThat(publishing.getLong("progress.total")).isEqualTo(3);
            coordinator.given().get(RUN, runId).then().body("status", equalTo("PUBLISHING"));
            coordinator
                    .given()
                    .post(PUBLICATION, runId)
                    .then()
                    .statusCode(409)
                    .body("type", equalTo(PROBLEMS + "conflict"));
            coordinator.given().post(DISCARD, runId).then().statusCode(409);
        } finally {
            scheduler.resume(MatchingRunWorker.IDENTITY);
        }

        JsonPath published = published(coordinator, runId);
        assertThat(published.getInt("publication.proposed")).isEqualTo(3);
        assertThat(published.getLong("progress.done")).isEqualTo(3);
        coordinator.given().post(PUBLICATION, runId).then().statusCode(409);
        coordinator.given().post(DISCARD, runId).then().statusCode(409);
    }

    @Test
    void a_publication_in_several_batches_proposes_each_pair_once_and_counts_the_runs_proposals_across_batches() {
        int batch = ConfigProvider.getConfig().getValue("loop.matching-runs.publish-batch", Integer.class);
        int mentees = 5;
        assertThat(mentees).as("pairs spanning at least three batches").isGreaterThan(2 * batch);
        Coalition coalition = Coalition.found();
        Login mentor = coalition.member("Mentor");
        String offer = offer(mentor, mentees, "eu");
        List<Login> people = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            Login mentee = coalition.member("Mentee " + i);
            request(mentee, "eu");
            people.add(mentee);
        }
        String runId = run(coalition).getString("id");
        // after the run, someone outside it takes one of the offer's places: the run's last pair no longer fits
        answer(mentor, proposalFromOutside(offer, "eu"), "ACCEPT").then().statusCode(200);

        JsonPath published = publish(coalition.coordinator(), runId);

        assertThat(published.getInt("publication.proposed")).isEqualTo(mentees - 1);
        assertThat(published.getInt("publication.skipped")).isEqualTo(1);
        List<Map<String, Object>> pairs = all(coalition.coordinator(), PAIRS, runId).stream()
                // as the database orders uuids: by their text
                .sorted(Comparator.comparing(p -> (String) p.get("requestId")))
                .toList();
        assertThat(pairs).hasSize(mentees);
        assertThat(pairs.subList(0, mentees - 1))
                .allSatisfy(p -> assertThat(p.get("outcome")).isEqualTo("PROPOSED"));
        assertThat(pairs.subList(0, mentees - 1).stream()
                        .map(p -> p.get("proposalId"))
                        .distinct())
                .hasSize(mentees - 1)
                .doesNotContainNull();
        assertThat(pairs.get(mentees - 1).get("outcome")).isEqualTo("SKIPPED");
        assertThat((String) pairs.get(mentees - 1).get("skipReason"))
                .contains("no place left")
                .contains((mentees - 1) + " proposals of this run");
        for (Login mentee : people) {
            int proposals = mentee.given()
                    .get("/api/v1/mentoring-proposals")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items")
                    .size();
            assertThat(proposals).isLessThanOrEqualTo(1);
        }
    }

    /** A proposal to the offer by a mentee outside the coalition, who has accepted it already. */
    private static String proposalFromOutside(String offer, String language) {
        Login carla = TestAccounts.newPerson("Carla");
        return propose(carla, request(carla, language), offer)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Map<String, Object>> byRequest(Coalition coalition, String runId) {
        Map<String, Map<String, Object>> pairs = new java.util.HashMap<>();
        all(coalition.coordinator(), PAIRS, runId).forEach(p -> pairs.put((String) p.get("requestId"), p));
        return pairs;
    }
}
