package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo resource bank (api/src/main/resources/demo/resources.jsonl) holds what the shared
 * resource model accepts, so that loading it can never fail half-way: one JSON object per line
 * with the model's create fields plus {@code status}, {@code submittedBy} and {@code reviews}.
 * Enums and patterns come from the committed contract (type, status, audience, dimensions, codes,
 * the licence pattern); the list of licences the demo may use is the shared model's (issue 5).
 */
@Tag(Lanes.DATABASE_INDEPENDENT)
class DemoResourcesFileTest {

    private static final String FILE = "demo/resources.jsonl";

    private static final Set<String> REQUIRED = Set.of(
            "title",
            "summary",
            "description",
            "type",
            "url",
            "languages",
            "licence",
            "audience",
            "profileDimensions",
            "schoolDimensions",
            "topics",
            "estimatedMinutes",
            "authors",
            "status",
            "submittedBy",
            "reviews");
    private static final Set<String> OPTIONAL = Set.of("organizationId", "country");

    /** The shared model's licences; the contract declares only their pattern (schema Licence). */
    private static final Set<String> LICENCES =
            Set.of("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "MIT", "LicenseRef-All-Rights-Reserved");

    private static final Set<String> DEMO_PEOPLE =
            Set.of("ana.costa", "joao.silva", "maria.lehtinen", "eva.tamm", "luca.rossi", "sofia.garcia", "moderator");
    /** Our own domain and the reserved example domains (RFC 2606): never a real third party's. */
    private static final Set<String> HOSTS =
            Set.of("resources.loopmentoring.eu", "example.org", "example.com", "example.net");

    private static final JsonNode SCHEMAS =
            Api.committedDocument().path("components").path("schemas");
    private static final List<JsonNode> RESOURCES = read();
    private static final Set<String> TYPES = contractEnum("ResourceType");

    @Test
    void the_file_holds_at_least_sixty_resources() {
        assertThat(RESOURCES).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void every_resource_has_exactly_the_models_fields_within_their_limits() {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode r : RESOURCES) {
            String at = r.path("title").asText("line without title");
            Set<String> fields = new HashSet<>();
            r.fieldNames().forEachRemaining(fields::add);
            soft.assertThat(fields).as(at).containsAll(REQUIRED);
            soft.assertThat(fields).as(at).isSubsetOf(union(REQUIRED, OPTIONAL));
            soft.assertThat(r.path("title").asText().length()).as(at).isBetween(3, 200);
            soft.assertThat(r.path("summary").asText()).as(at).isNotBlank().hasSizeLessThanOrEqualTo(500);
            soft.assertThat(r.path("description").asText()).as(at).isNotBlank().hasSizeLessThanOrEqualTo(10_000);
            soft.assertThat(r.path("estimatedMinutes").isInt()).as(at).isTrue();
            soft.assertThat(r.path("estimatedMinutes").asInt()).as(at).isBetween(1, 10_000);
            soft.assertThat(texts(r.path("languages")))
                    .as(at)
                    .hasSizeBetween(1, 10)
                    .doesNotHaveDuplicates();
            soft.assertThat(texts(r.path("authors")))
                    .as(at)
                    .hasSizeBetween(1, 20)
                    .allSatisfy(a -> assertThat(a).isNotBlank());
            soft.assertThat(texts(r.path("topics"))).as(at).isNotEmpty().doesNotHaveDuplicates();
            JsonNode audience = r.path("audience");
            soft.assertThat(audience.isObject()).as(at).isTrue();
            Set<String> audienceFields = new HashSet<>();
            audience.fieldNames().forEachRemaining(audienceFields::add);
            soft.assertThat(audienceFields)
                    .as(at)
                    .containsExactlyInAnyOrder("targetGroups", "careerStages", "schoolLevels");
        }
        soft.assertAll();
    }

    @Test
    void enums_are_those_of_the_contract_and_the_shared_model() {
        Set<String> targetGroups = contractEnum("TargetGroup");
        Set<String> careerStages = contractEnum("CareerStage");
        Set<String> schoolLevels = contractEnum("IscedLevel");
        Set<String> profileDimensions = contractEnum("ProfileDimension");
        Set<String> schoolDimensions = contractEnum("SchoolDimension");
        Set<String> statuses = contractEnum("ResourceStatus");
        String licence = contractPattern("Licence");
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode r : RESOURCES) {
            String at = r.path("title").asText();
            soft.assertThat(r.path("type").asText()).as(at).isIn(TYPES);
            soft.assertThat(r.path("licence").asText()).as(at).isIn(LICENCES).matches(licence);
            soft.assertThat(r.path("status").asText()).as(at).isIn(statuses).isIn("PUBLISHED", "SUBMITTED", "DRAFT");
            soft.assertThat(texts(r.path("audience").path("targetGroups")))
                    .as(at)
                    .isSubsetOf(targetGroups);
            soft.assertThat(texts(r.path("audience").path("careerStages")))
                    .as(at)
                    .isSubsetOf(careerStages);
            soft.assertThat(texts(r.path("audience").path("schoolLevels")))
                    .as(at)
                    .isSubsetOf(schoolLevels);
            soft.assertThat(texts(r.path("profileDimensions"))).as(at).isSubsetOf(profileDimensions);
            soft.assertThat(texts(r.path("schoolDimensions"))).as(at).isSubsetOf(schoolDimensions);
        }
        soft.assertAll();
    }

    @Test
    void codes_slugs_and_addresses_match_the_contracts_patterns_and_only_our_or_example_domains() {
        String language = contractPattern("LanguageCode");
        String country = contractPattern("CountryCode");
        String slug = contractPattern("Slug");
        String webAddress = contractPattern("WebAddress");
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode r : RESOURCES) {
            String at = r.path("title").asText();
            soft.assertThat(texts(r.path("languages")))
                    .as(at)
                    .allSatisfy(l -> assertThat(l).matches(language));
            soft.assertThat(texts(r.path("topics")))
                    .as(at)
                    .allSatisfy(t -> assertThat(t).matches(slug));
            if (r.has("country")) {
                soft.assertThat(r.path("country").asText()).as(at).matches(country);
            }
            String url = r.path("url").asText();
            soft.assertThat(url).as(at).matches(webAddress).startsWith("https://");
            soft.assertThat(URI.create(url).getHost()).as(at).isIn(HOSTS);
        }
        soft.assertThat(RESOURCES.stream().map(r -> r.path("url").asText()))
                .as("addresses")
                .doesNotHaveDuplicates();
        soft.assertThat(RESOURCES.stream().map(r -> r.path("title").asText()))
                .as("titles")
                .doesNotHaveDuplicates();
        soft.assertAll();
    }

    @Test
    void reviews_are_by_demo_people_other_than_the_submitter_once_each_and_only_on_published_resources() {
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode r : RESOURCES) {
            String at = r.path("title").asText();
            String submitter = r.path("submittedBy").asText();
            soft.assertThat(submitter).as(at).isIn(DEMO_PEOPLE);
            List<JsonNode> reviews = list(r.path("reviews"));
            soft.assertThat(reviews).as(at).hasSizeLessThanOrEqualTo(5);
            if (!r.path("status").asText().equals("PUBLISHED")) {
                soft.assertThat(reviews)
                        .as("%s is not published, so nobody reviewed it", at)
                        .isEmpty();
            }
            List<String> reviewers =
                    reviews.stream().map(v -> v.path("by").asText()).toList();
            soft.assertThat(reviewers)
                    .as(at)
                    .doesNotHaveDuplicates()
                    .doesNotContain(submitter)
                    .isSubsetOf(DEMO_PEOPLE);
            for (JsonNode review : reviews) {
                soft.assertThat(review.path("rating").isInt()).as(at).isTrue();
                soft.assertThat(review.path("rating").asInt()).as(at).isBetween(1, 5);
                soft.assertThat(review.path("comment").asText()).as(at).isNotBlank();
            }
        }
        soft.assertAll();
    }

    @Test
    void the_bank_is_mostly_published_with_a_few_awaiting_moderation_and_drafts() {
        Map<String, Long> byStatus = count(r -> r.path("status").asText());

        assertThat(byStatus.get("SUBMITTED")).isBetween(3L, 4L);
        assertThat(byStatus.get("DRAFT")).isBetween(1L, 2L);
        assertThat(byStatus.get("PUBLISHED")).isGreaterThan(50L);
    }

    @Test
    void the_bank_speaks_at_least_six_languages_and_uses_most_types() {
        assertThat(count(r -> r.path("languages").path(0).asText()).keySet())
                .as("main languages")
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(count(r -> r.path("type").asText()).keySet()).containsExactlyInAnyOrderElementsOf(TYPES);
    }

    private static Map<String, Long> count(Function<JsonNode, String> key) {
        return RESOURCES.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Set<String> contractEnum(String schema) {
        JsonNode values = SCHEMAS.path(schema).path("enum");
        assertThat(values.isArray())
                .as("the contract declares the enum %s", schema)
                .isTrue();
        return Set.copyOf(texts(values));
    }

    private static String contractPattern(String schema) {
        String pattern = SCHEMAS.path(schema).path("pattern").asText(null);
        assertThat(pattern).as("the contract declares a pattern for %s", schema).isNotNull();
        return pattern;
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        assertThat(array.isArray()).as("an array: %s", array).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<JsonNode> read() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> resources = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        DemoResourcesFileTest.class.getClassLoader().getResourceAsStream(FILE), FILE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                JsonNode node = json.readTree(line);
                assertThat(node != null && node.isObject())
                        .as("line %d is one JSON object", number)
                        .isTrue();
                resources.add(node);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + FILE, e);
        }
        return List.copyOf(resources);
    }
}
