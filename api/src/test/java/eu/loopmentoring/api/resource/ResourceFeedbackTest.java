package eu.loopmentoring.api.resource;

import static eu.loopmentoring.api.resource.ResourceFixtures.MY_REVIEW;
import static eu.loopmentoring.api.resource.ResourceFixtures.PROBLEMS;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCE;
import static eu.loopmentoring.api.resource.ResourceFixtures.REVIEWS;
import static eu.loopmentoring.api.resource.ResourceFixtures.USES;
import static eu.loopmentoring.api.resource.ResourceFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reviews with their aggregate, and the record of use. */
@QuarkusTest
class ResourceFeedbackTest {

    private Login moderator;
    private Login author;

    @BeforeEach
    void people() {
        moderator = ResourceFixtures.moderator();
        author = TestAccounts.newPerson("Ana Costa");
    }

    @Test
    void one_review_per_person_which_replaces_the_earlier_one_and_the_rating_follows() {
        String id = ResourceFixtures.published(author, moderator, "Classroom management basics");
        Login joao = TestAccounts.newPerson("João Silva");
        Login eva = TestAccounts.newPerson("Eva Tamm");

        review(joao, id, 5, "Clear and practical.")
                .then()
                .statusCode(200)
                .body("rating", equalTo(5))
                .body("reviewer.id", equalTo(joao.id()))
                .body("reviewer.displayName", equalTo("João Silva"));
        review(eva, id, 2, "Too general for my school.").then().statusCode(200);
        review(joao, id, 4, "Still good on second reading.").then().statusCode(200);

        joao.given().get(RESOURCE, id).then().body("rating.count", equalTo(2)).body("rating.average", equalTo(3.0f));
        joao.given()
                .get(REVIEWS, id)
                .then()
                .statusCode(200)
                .body("items.reviewer.displayName", contains("João Silva", "Eva Tamm"))
                .body("items[0].comment", equalTo("Still good on second reading."));
        eva.given().delete(MY_REVIEW, id).then().statusCode(204);
        eva.given().delete(MY_REVIEW, id).then().statusCode(404);
        joao.given().get(RESOURCE, id).then().body("rating.count", equalTo(1)).body("rating.average", equalTo(4.0f));
    }

    @Test
    void the_author_cannot_review_their_own_resource_and_unpublished_ones_are_not_reviewed() {
        String published = ResourceFixtures.published(author, moderator, "My own resource");
        String draft = ResourceFixtures.draft(author, "My draft");
        Login stranger = TestAccounts.newPerson();

        review(author, published, 5, "I love it.")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"))
                .body("detail", containsString("own resource"));
        review(stranger, draft, 5, "").then().statusCode(404);
        review(moderator, draft, 5, "").then().statusCode(422).body("detail", containsString("published"));
        Api.givenInvalidRequest()
                .auth()
                .oauth2(stranger.accessToken())
                .contentType("application/json")
                .body(Map.of("rating", 6))
                .put(MY_REVIEW, published)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("rating"));
    }

    @Test
    void twenty_people_reviewing_at_the_same_moment_are_all_counted_exactly() throws Exception {
        String id = ResourceFixtures.published(author, moderator, "Wellbeing and resilience for new teachers");
        List<Login> reviewers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reviewers.add(TestAccounts.newPerson("Reviewer " + i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        int expectedSum = 0;
        for (int i = 0; i < reviewers.size(); i++) {
            Login reviewer = reviewers.get(i);
            int rating = 1 + i % 5;
            expectedSum += rating;
            answers.add(threads.submit(() -> {
                start.await();
                return review(reviewer, id, rating, "Review " + rating).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
        threads.shutdown();

        double average = Math.round(expectedSum * 100.0 / 20) / 100.0;
        author.given()
                .get(RESOURCE, id)
                .then()
                .body("rating.count", equalTo(20))
                .body("rating.average", equalTo((float) average));
        author.given().queryParam("limit", 100).get(REVIEWS, id).then().body("items", hasSize(20));
    }

    @Test
    void reviews_are_paged_newest_first() {
        String id = ResourceFixtures.published(author, moderator, "Paged reviews");
        Login first = TestAccounts.newPerson("First");
        Login second = TestAccounts.newPerson("Second");
        review(first, id, 3, "first").then().statusCode(200);
        review(second, id, 4, "second").then().statusCode(200);

        String next = first.given()
                .queryParam("limit", 1)
                .get(REVIEWS, id)
                .then()
                .body("items.comment", contains("second"))
                .body("next", notNullValue())
                .extract()
                .path("next");
        first.given()
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(REVIEWS, id)
                .then()
                .body("items.comment", contains("first"))
                .body("next", nullValue());
    }

    @Test
    void a_use_is_recorded_once_and_never_shown_to_other_people() {
        String id = ResourceFixtures.published(author, moderator, "Digipeda workshop plan");
        String draft = ResourceFixtures.draft(author, "Unpublished plan");
        Login joao = TestAccounts.newPerson();

        joao.given()
                .contentType("application/json")
                .body(Map.of("kind", "OPENED"))
                .post(USES, id)
                .then()
                .statusCode(204);
        joao.given()
                .contentType("application/json")
                .body(Map.of("kind", "OPENED"))
                .post(USES, id)
                .then()
                .statusCode(204);
        joao.given()
                .contentType("application/json")
                .body(Map.of("kind", "COMPLETED"))
                .post(USES, id)
                .then()
                .statusCode(204);
        joao.given()
                .contentType("application/json")
                .body(Map.of("kind", "OPENED"))
                .post(USES, draft)
                .then()
                .statusCode(404);

        joao.given()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body(
                        "resourceUses.findAll { it.resourceId == '%s' }.kind".formatted(id),
                        contains("COMPLETED", "OPENED"));
        author.given().get("/api/v1/me/export").then().body("resourceUses", hasSize(0));
        author.given()
                .get(RESOURCE, id)
                .then()
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("uses")));
    }
}
