package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.OFFER;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.RELATIONSHIPS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.REQUEST;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.answer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offer;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.proposal;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.propose;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The first acceptance that completes a pair wins, even when several arrive at the same instant:
 * a mentor never exceeds capacity and a request never gets two relationships.
 */
@QuarkusTest
public class FirstAcceptanceTest {

    private static final int CONTENDERS = 4;

    @Test
    void a_mentor_with_one_place_accepting_five_proposals_at_once_gets_exactly_one_mentee() throws Exception {
        Login joao = TestAccounts.newPerson();
        String offerId = offer(joao, 1);
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            proposals.add(proposal(TestAccounts.newPerson(), offerId));
        }

        List<Response> answers = atOnce(proposals.stream()
                .<Callable<Response>>map(id -> () -> answer(joao, id, "ACCEPT"))
                .toList());

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 422);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        answers.stream().filter(r -> r.statusCode() == 422).forEach(r -> {
            assertThat(r.jsonPath().getString("type")).isEqualTo(PROBLEMS + "rule-violated");
            assertThat(r.jsonPath().getString("detail")).contains("no capacity left");
        });
        joao.given().get(OFFER, offerId).then().body("remainingCapacity", equalTo(0));
        joao.given().queryParam("status", "ACTIVE").get(RELATIONSHIPS).then().body("items", hasSize(1));
    }

    @Test
    void two_mentors_accepting_one_request_at_once_give_the_mentee_exactly_one_relationship() throws Exception {
        Login ana = TestAccounts.newPerson();
        String requestId = request(ana);
        List<Login> mentors = new ArrayList<>();
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            Login mentor = TestAccounts.newPerson();
            mentors.add(mentor);
            proposals.add(propose(ana, requestId, offer(mentor, 3))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }

        List<Callable<Response>> accepts = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            Login mentor = mentors.get(i);
            String id = proposals.get(i);
            accepts.add(() -> answer(mentor, id, "ACCEPT"));
        }
        List<Response> answers = atOnce(accepts);

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 422);
        assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
        answers.stream()
                .filter(r -> r.statusCode() == 422)
                .forEach(r -> assertThat(r.jsonPath().getString("detail"))
                        .contains("another proposal of the request was accepted first"));
        ana.given().get(REQUEST, requestId).then().body("status", equalTo("ACCEPTED"));
        ana.given().get(RELATIONSHIPS).then().body("items", hasSize(1));
    }

    public static List<Response> atOnce(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
