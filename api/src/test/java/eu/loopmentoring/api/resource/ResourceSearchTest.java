package eu.loopmentoring.api.resource;

import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.platform.DemoDataTest;
import eu.loopmentoring.api.platform.demo.DemoData;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Full-text search on the demo resource bank: relevance, languages, accents and paging. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class ResourceSearchTest {

    private static final String MENTORING_CONVERSATIONS = "Questions before advice: a guide to mentoring conversations";
    private static final String PORTUGUESE_ASSESSMENT = "Avaliação formativa em Matemática no 3.º ciclo";

    private Login reader;

    @BeforeEach
    void aDemoReader() {
        reader = TestAccounts.login("sofia.garcia" + DemoData.DOMAIN, DemoData.PASSWORD);
    }

    private List<String> titles(String q, String... parameters) {
        var request = reader.given().queryParam("q", q).queryParam("limit", 100);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(RESOURCES).then().statusCode(200).extract().path("items.title");
    }

    @Test
    void the_guide_to_mentoring_conversations_comes_first_for_mentoring_conversations() {
        List<String> found = titles("mentoring conversations");

        assertThat(found).first().isEqualTo(MENTORING_CONVERSATIONS);
        assertThat(found)
                .as("every word is required")
                .contains("Mentor training course: six sessions for school-based mentors")
                .doesNotContain("Your first hundred days: an induction companion for new teachers");
    }

    @Test
    void english_words_match_their_english_stems() {
        assertThat(titles("conversation")).contains(MENTORING_CONVERSATIONS);
        assertThat(titles("mentored conversation")).contains(MENTORING_CONVERSATIONS);
    }

    @Test
    void a_portuguese_query_finds_the_portuguese_assessment_resource_with_or_without_accents() {
        assertThat(titles("avaliação")).first().isEqualTo(PORTUGUESE_ASSESSMENT);
        assertThat(titles("avaliacao")).first().isEqualTo(PORTUGUESE_ASSESSMENT);
        assertThat(titles("Avaliação FORMATIVAS"))
                .as("Portuguese stems, any case")
                .contains(PORTUGUESE_ASSESSMENT);
        assertThat(titles("matematica")).contains(PORTUGUESE_ASSESSMENT);
    }

    @Test
    void estonian_has_no_stemmer_but_is_matched_word_for_word_with_accents_ignored() {
        assertThat(titles("õpilaste")).contains("TISL-meetod: õpetaja uurib õpilaste õppimist");
        assertThat(titles("opilaste")).contains("TISL-meetod: õpetaja uurib õpilaste õppimist");
    }

    @Test
    void web_search_syntax_excludes_words_and_matches_phrases() {
        assertThat(titles("mentoring -conversations"))
                .doesNotContain(MENTORING_CONVERSATIONS)
                .isNotEmpty();
        assertThat(titles("\"mentoring conversations\"")).contains(MENTORING_CONVERSATIONS);
    }

    @Test
    void relevance_pages_continue_the_same_order_without_gaps_or_repeats() {
        List<String> all = reader.given()
                .queryParam("q", "mentoring")
                .queryParam("limit", 100)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(all).hasSizeGreaterThan(6);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = reader.given().queryParam("q", "mentoring").queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get(RESOURCES).then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);

        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void sorted_by_rating_the_best_rated_match_comes_first_and_by_newest_the_latest_published() {
        List<Number> averages = reader.given()
                .queryParam("q", "mentoring")
                .queryParam("sort", "RATING")
                .queryParam("limit", 100)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.rating.average");
        List<Double> rated = averages.stream()
                .takeWhile(a -> a != null)
                .map(Number::doubleValue)
                .toList();
        assertThat(rated).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<String> published = reader.given()
                .queryParam("q", "mentoring")
                .queryParam("sort", "NEWEST")
                .queryParam("limit", 100)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.publishedAt");
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void facets_count_the_demo_search_results() {
        reader.given()
                .queryParam("q", "avaliação")
                .queryParam("facets", true)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("facets.language.value", hasItem("pt"))
                .body("facets.country.value", hasItem("PT"))
                .body("facets.language.find { it.value == 'pt' }.count", greaterThanOrEqualTo(1))
                .body("facets.language.find { it.value == 'fi' }", nullValue());
    }
}
