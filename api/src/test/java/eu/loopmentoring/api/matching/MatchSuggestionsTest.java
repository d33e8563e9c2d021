package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.PROBLEMS;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.offerBody;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.safety.SafetyFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Self-service suggestions. Each test meets in a language no other test uses, so that the shared
 * database's other offers and requests fail the language filter and stay out of its pages.
 */
@QuarkusTest
class MatchSuggestionsTest {

    static final String MENTORS = "/api/v1/me/mentor-suggestions";
    static final String MENTEES = "/api/v1/me/mentee-suggestions";

    static String offerIn(Login mentor, String language, List<String> subjects) {
        Map<String, Object> body = offerBody(2);
        body.put("languages", List.of(language));
        body.put(
                "expertise",
                Map.of(
                        "profileDimensions", List.of("PEDAGOGICAL_CONCEPTIONS"),
                        "subjects", subjects,
                        "schoolLevels", List.of("ISCED_2"),
                        "schoolDimensions", List.of("PEDAGOGICAL_PRACTICES")));
        return MentoringFixtures.offer(mentor, body);
    }

    static String requestIn(Login mentee, String language) {
        Map<String, Object> body = requestBody();
        body.put("languages", List.of(language));
        return MentoringFixtures.request(mentee, body);
    }

    static JsonPath page(Login person, String path, int limit, String cursor) {
        var request = person.given().queryParam("limit", limit);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_mentee_gets_the_mentors_who_fit_best_first_and_each_score_is_the_sum_of_its_contributions() {
        Login ana = TestAccounts.newPerson("Ana Costa");
        Login joao = TestAccounts.newPerson("João Silva");
        Login eva = TestAccounts.newPerson("Eva Tamm");
        Login elsewhere = TestAccounts.newPerson("Speaks another language");
        String joaosOffer = offerIn(joao, "cy", List.of("mathematics"));
        String evasOffer = offerIn(eva, "cy", List.of("history"));
        offerIn(elsewhere, "ga", List.of("mathematics"));
        String request = requestIn(ana, "cy");

        JsonPath page = page(ana, MENTORS, 100, null);

        List<String> offers = page.getList("items.offerId");
        assertThat(offers).containsExactlyInAnyOrder(joaosOffer, evasOffer);
        List<Float> scores = page.getList("items.score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        for (int i = 0; i < offers.size(); i++) {
            List<Object> points = page.getList("items[" + i + "].contributions.points");
            BigDecimal sum =
                    points.stream().map(p -> new BigDecimal(p.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.doubleValue())
                    .isCloseTo(page.getDouble("items[" + i + "].score"), org.assertj.core.data.Offset.offset(0.0005));
        }
        assertThat(page.getList("items.requestId")).containsOnly(request);
        assertThat(page.getList("items[0].filtersApplied", String.class))
                .contains("NOT_SELF", "NOT_BLOCKED", "SHARED_LANGUAGE", "MODE_AND_REGION", "FORMAT");
        assertThat(page.getList("items[0].shared.languages", String.class)).containsExactly("cy");
        assertThat(page.getList("items.person.displayName", String.class)).contains("João Silva", "Eva Tamm");
    }

    @Test
    void pages_continue_after_the_last_suggestion_without_repeating_one() {
        Login ana = TestAccounts.newPerson();
        List<String> offers = List.of(
                offerIn(TestAccounts.newPerson(), "eu", List.of("mathematics")),
                offerIn(TestAccounts.newPerson(), "eu", List.of("history")),
                offerIn(TestAccounts.newPerson(), "eu", List.of("biology")));
        requestIn(ana, "eu");

        JsonPath first = page(ana, MENTORS, 2, null);
        JsonPath second = page(ana, MENTORS, 2, first.getString("next"));

        assertThat(first.getList("items")).hasSize(2);
        assertThat(second.getString("next")).isNull();
        List<String> seen = new java.util.ArrayList<>(first.getList("items.offerId"));
        seen.addAll(second.getList("items.offerId"));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(offers);
    }

    @Test
    void blocked_pairs_are_never_suggested_to_either_side() {
        Login ana = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        Login eva = TestAccounts.newPerson();
        offerIn(joao, "mt", List.of("mathematics"));
        String evasOffer = offerIn(eva, "mt", List.of("mathematics"));
        String request = requestIn(ana, "mt");
        SafetyFixtures.block(joao, ana);

        assertThat(page(ana, MENTORS, 100, null).getList("items.offerId")).containsExactly(evasOffer);
        assertThat(page(joao, MENTEES, 100, null).getList("items.requestId")).doesNotContain(request);
        assertThat(page(eva, MENTEES, 100, null).getList("items.requestId")).contains(request);
    }

    @Test
    void a_mentor_gets_the_open_requests_their_offer_could_take() {
        Login joao = TestAccounts.newPerson();
        Login ana = TestAccounts.newPerson("Ana Costa");
        Login sofia = TestAccounts.newPerson("Sofía García");
        offerIn(joao, "lb", List.of("mathematics"));
        String anas = requestIn(ana, "lb");
        String sofias = requestIn(sofia, "lb");

        JsonPath page = page(joao, MENTEES, 100, null);

        assertThat(page.getList("items.requestId", String.class)).containsExactlyInAnyOrder(anas, sofias);
        page.getList("items.person.displayName", String.class)
                .forEach(name -> assertThat(name).isIn("Ana Costa", "Sofía García"));
    }

    @Test
    void suggestions_are_for_the_callers_own_open_request_or_active_offer_and_none_without_a_request() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String request = requestIn(ana, "is");

        stranger.given()
                .queryParam("requestId", request)
                .get(MENTORS)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given()
                .get(MENTORS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("next", nullValue());
        stranger.given().get(MENTEES).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        requestIn(ana, "is");
        ana.given()
                .get(MENTORS)
                .then()
                .statusCode(422)
                .body("detail", equalTo("You have several OPEN requests: say which with requestId."));
        ana.given().queryParam("requestId", request).get(MENTORS).then().statusCode(200);
    }
}
