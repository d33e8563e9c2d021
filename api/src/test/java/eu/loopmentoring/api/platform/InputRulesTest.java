package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.api.support.RequestSchemas;
import eu.loopmentoring.api.support.RequestSchemas.Operation;
import eu.loopmentoring.api.support.RequestSchemas.Parameter;
import eu.loopmentoring.api.support.RequestSchemas.Property;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The input rules over every operation of the committed document, with generated inputs: no text
 * holds NUL, values have the contract's types, dates lie in their ranges, and any search text is a
 * search. Each refusal is a 400 validation-failed problem naming the field and where it was.
 * Offenders are collected and reported together.
 */
@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
class InputRulesTest {

    private static final String VALIDATION_FAILED = "https://loopmentoring.eu/problems/validation-failed";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final long seed = new Random().nextLong();
    private final Random random = new Random(seed);
    private final List<String> offenders = new ArrayList<>();

    @Test
    void text_holding_nul_is_refused_in_every_string_of_every_request_body() {
        Login person = TestAccounts.newPerson();
        int sent = 0;
        for (Operation operation : bodyOperations()) {
            for (Property property : RequestSchemas.properties(operation.jsonBody())) {
                if (property.type().equals("string")) {
                    String text = Generated.text(random, 1 + random.nextInt(30));
                    int at = random.nextInt(text.length() + 1);
                    sendBody(
                            person,
                            operation,
                            property,
                            JSON.textNode(text.substring(0, at) + "\u0000" + text.substring(at)));
                    sent++;
                }
            }
        }
        assertThat(sent).isGreaterThan(150);
        assertNoOffenders();
    }

    @Test
    void a_value_of_another_type_than_the_contract_declares_is_refused_naming_the_field() {
        Login person = TestAccounts.newPerson();
        int sent = 0;
        for (Operation operation : bodyOperations()) {
            for (Property property : RequestSchemas.properties(operation.jsonBody())) {
                List<JsonNode> wrong = wrongValues(property);
                for (int i = 0; i < 2; i++) {
                    sendBody(person, operation, property, wrong.remove(random.nextInt(wrong.size())));
                    sent++;
                }
            }
        }
        assertThat(sent).isGreaterThan(600);
        assertNoOffenders();
    }

    @Test
    void dates_and_timestamps_outside_the_years_1000_to_9999_are_refused_in_every_body() {
        Login person = TestAccounts.newPerson();
        int sent = 0;
        for (Operation operation : bodyOperations()) {
            for (Property property : RequestSchemas.properties(operation.jsonBody())) {
                if (property.format().equals("date") || property.format().equals("date-time")) {
                    for (int i = 0; i < 6; i++) {
                        long year = i % 2 == 0
                                ? 10_000 + random.nextLong(i == 0 ? 1 : 999_989_999)
                                : 999 - random.nextLong(i == 1 ? 1 : 999_999_999);
                        sendBody(person, operation, property, JSON.textNode(dateIn(year, property.format())));
                        sent++;
                    }
                }
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(7 * 6);
        assertNoOffenders();
    }

    @Test
    void nul_in_any_query_or_path_parameter_is_refused_naming_it() {
        Login person = TestAccounts.administrator();
        int sent = 0;
        for (Operation operation : RequestSchemas.operations()) {
            if (!operation.path().startsWith("/api/")) {
                continue;
            }
            for (Parameter parameter : operation.parameters()) {
                if (!parameter.in().equals("query") && !parameter.in().equals("path")) {
                    continue;
                }
                String text = Generated.text(random, 1 + random.nextInt(20));
                String value = text + "\u0000";
                Response answer;
                if (parameter.in().equals("query")) {
                    answer = request(person, operation)
                            .queryParam(parameter.name(), value)
                            .request(operation.method(), operation.concretePath());
                } else {
                    String path = operation.concretePath(parameter.name(), "a%00b");
                    RequestSpecification request = request(person, operation).urlEncodingEnabled(false);
                    if (!operation.jsonBody().isMissingNode()) {
                        request.contentType("application/json").body("{}");
                    }
                    answer = request.request(operation.method(), path);
                }
                expectViolation(
                        answer,
                        operation + " " + parameter.name(),
                        parameter.in().toUpperCase(),
                        parameter.name());
                sent++;
            }
        }
        assertThat(sent).isGreaterThan(50);
        assertNoOffenders();
    }

    @Test
    void nul_in_a_form_field_is_refused_naming_it() {
        for (Operation operation : RequestSchemas.operations()) {
            JsonNode form = RequestSchemas.resolve(
                    RequestSchemas.resolve(operation.definition().path("requestBody"))
                            .path("content")
                            .path("application/x-www-form-urlencoded")
                            .path("schema"));
            for (String field : (Iterable<String>) () -> form.path("properties").fieldNames()) {
                Response answer = Api.form(Api.givenInvalidRequest(), field, "x\u0000y")
                        .request(operation.method(), operation.concretePath());
                if (answer.statusCode() != 400 || !answer.asString().contains(field)) {
                    offenders.add(operation + " " + field + ": " + answer.statusCode() + " " + answer.asString());
                }
            }
        }
        assertNoOffenders();
    }

    @Test
    void any_search_text_is_answered_with_200_or_400() {
        Login person = TestAccounts.administrator();
        List<Operation> searches = RequestSchemas.operations().stream()
                .filter(o -> o.method().equals("get"))
                .filter(o -> o.parameters().stream().anyMatch(RequestSchemas.Parameter::isFreeText))
                .toList();
        assertThat(searches).extracting(Operation::path).contains("/api/v1/resources", "/api/v1/organizations");
        for (Operation operation : searches) {
            for (Parameter parameter : operation.parameters()) {
                if (!parameter.isFreeText()) {
                    continue;
                }
                Stream.concat(
                                Stream.of("-".repeat(33), "-".repeat(200), "\\".repeat(200), "\"".repeat(199)),
                                Stream.generate(() -> Generated.search(random)).limit(150))
                        .forEach(text -> {
                            Response answer = request(person, operation)
                                    .queryParam(parameter.name(), text)
                                    .request(operation.method(), operation.concretePath());
                            if (answer.statusCode() == 400) {
                                expectViolation(answer, operation + " " + text, "QUERY", parameter.name());
                            } else if (answer.statusCode() != 200) {
                                offenders.add(operation + " " + parameter.name() + "=" + text + ": "
                                        + answer.statusCode() + " " + answer.asString());
                            }
                        });
            }
        }
        assertNoOffenders();
    }

    @Test
    void mentoring_dates_outside_their_window_are_refused_naming_the_field() {
        Login mentor = TestAccounts.newPerson();
        Login mentee = TestAccounts.newPerson();
        String relationship = MentoringFixtures.relationship(mentor, mentee);
        Map<String, String> ids = Map.of(
                "relationshipId", relationship,
                "goalId", created(mentee, MentoringFixtures.GOALS, relationship, "NewMentoringGoal"),
                "sessionId", created(mentee, MentoringFixtures.SESSIONS, relationship, "NewMentoringSession"),
                "taskId", created(mentee, MentoringFixtures.TASKS, relationship, "NewMentoringTask"));
        int sent = 0;
        for (Operation operation : bodyOperations()) {
            if (!operation.path().startsWith(MentoringFixtures.RELATIONSHIP)) {
                continue;
            }
            String path = operation.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            String etag = operation.method().equals("get") || operation.method().equals("post")
                    ? null
                    : mentee.given().get(path).then().extract().header("ETag");
            for (Property property : RequestSchemas.properties(operation.jsonBody())) {
                boolean session = property.format().equals("date-time");
                if (!session && !property.format().equals("date")) {
                    continue;
                }
                for (int i = 0; i < 8; i++) {
                    ObjectNode body = RequestSchemas.example(operation.jsonBody());
                    String value = session ? outsideSessionWindow(i) : outsideDateWindow(i);
                    ((ObjectNode) body.at(parentPointer(property))).put(lastName(property), value);
                    RequestSpecification request = mentee.given().contentType("application/json");
                    if (etag != null) {
                        request.header("If-Match", etag);
                    }
                    Response answer = request.body(body.toString()).request(operation.method(), path);
                    expectViolation(answer, operation + " " + property.field() + "=" + value, "BODY", property.field());
                    sent++;
                }
            }
        }
        assertThat(sent).isEqualTo(7 * 8);
        assertNoOffenders();
    }

    private static String created(Login person, String collection, String relationship, String schema) {
        return person.given()
                .contentType("application/json")
                .body(RequestSchemas.example(Api.committedDocument().at("/components/schemas/" + schema))
                        .toString())
                .post(collection, relationship)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Beyond the window by one day at the first tries, anywhere in the years 1000 to 9999 after. */
    private String outsideDateWindow(int attempt) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate after = today.plusYears(10).plusDays(1 + (attempt < 2 ? 1 : random.nextLong(2_800_000)));
        LocalDate before = today.minusYears(5).minusDays(1 + (attempt < 2 ? 1 : random.nextLong(370_000)));
        return (attempt % 2 == 0 ? (after.getYear() > 9999 ? LocalDate.of(9999, 12, 31) : after) : before).toString();
    }

    private String outsideSessionWindow(int attempt) {
        Instant now = Instant.now();
        Instant after = now.atOffset(ZoneOffset.UTC)
                .plusYears(2)
                .plusDays(1)
                .toInstant()
                .plus(attempt < 2 ? 0 : random.nextLong(2_900_000), ChronoUnit.DAYS);
        Instant before = now.atOffset(ZoneOffset.UTC)
                .minusYears(5)
                .minusDays(1)
                .toInstant()
                .minus(attempt < 2 ? 0 : random.nextLong(370_000), ChronoUnit.DAYS);
        Instant last = Instant.parse("9999-12-31T00:00:00Z");
        return (attempt % 2 == 0 ? (after.isAfter(last) ? last : after) : before).toString();
    }

    private static String parentPointer(Property property) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : property.path().subList(0, property.path().size() - 1)) {
            pointer.append('/').append(step);
        }
        return pointer.toString();
    }

    private static String lastName(Property property) {
        return (String) property.path().getLast();
    }

    private static String dateIn(long year, String format) {
        String y =
                year > 9999 ? "+" + year : year < 0 ? "-" + String.format("%04d", -year) : String.format("%04d", year);
        return format.equals("date") ? y + "-01-01" : y + "-01-01T00:00:00Z";
    }

    private List<JsonNode> wrongValues(Property property) {
        List<JsonNode> wrong = new ArrayList<>();
        switch (property.type()) {
            case "string" -> {
                wrong.add(JSON.numberNode(random.nextInt(1000)));
                wrong.add(JSON.numberNode(random.nextInt(1000) + 0.5));
                wrong.add(JSON.booleanNode(random.nextBoolean()));
                wrong.add(JSON.arrayNode().add("x"));
                if (property.format().startsWith("date")) {
                    wrong.add(JSON.numberNode(1_700_000_000L + random.nextInt(1_000_000)));
                    wrong.add(JSON.arrayNode().add(2026).add(1).add(31));
                }
            }
            case "integer" -> {
                int n = random.nextInt(50);
                wrong.add(JSON.textNode(Integer.toString(n)));
                wrong.add(JSON.numberNode(n + 0.5));
                wrong.add(JSON.numberNode((double) n));
                wrong.add(JSON.numberNode(Long.MAX_VALUE));
                wrong.add(JSON.booleanNode(true));
            }
            case "number" -> {
                wrong.add(JSON.textNode("1.5"));
                wrong.add(JSON.booleanNode(false));
            }
            case "boolean" -> {
                wrong.add(JSON.textNode(Boolean.toString(random.nextBoolean())));
                wrong.add(JSON.numberNode(random.nextInt(2)));
            }
            case "array" -> {
                wrong.add(JSON.textNode("x"));
                wrong.add(JSON.numberNode(1));
                wrong.add(JSON.objectNode());
            }
            default -> {
                wrong.add(JSON.textNode("x"));
                wrong.add(JSON.numberNode(1));
                wrong.add(JSON.arrayNode());
            }
        }
        return wrong;
    }

    private void sendBody(Login person, Operation operation, Property property, JsonNode value) {
        Response answer = request(person, operation)
                .contentType("application/json")
                .body(property.bodyWith(value).toString())
                .request(operation.method(), operation.concretePath());
        expectViolation(answer, operation + " " + property.field() + "=" + value, "BODY", property.field());
    }

    private static RequestSpecification request(Login person, Operation operation) {
        RequestSpecification request = Api.givenInvalidRequest();
        return operation.definition().has("security")
                        && operation.definition().path("security").isEmpty()
                ? request
                : request.auth().oauth2(person.accessToken());
    }

    private void expectViolation(Response answer, String what, String in, String field) {
        try {
            JsonNode problem = answer.statusCode() == 400 ? Api.json(answer) : null;
            boolean named = problem != null
                    && VALIDATION_FAILED.equals(problem.path("type").asText())
                    && problem.path("violations")
                            .valueStream()
                            .anyMatch(v -> in.equals(v.path("in").asText())
                                    && field.equals(v.path("field").asText()));
            if (!named) {
                offenders.add(what + ": " + answer.statusCode() + " " + answer.asString());
            }
        } catch (RuntimeException e) {
            offenders.add(what + ": " + answer.statusCode() + " " + answer.asString());
        }
    }

    private void assertNoOffenders() {
        assertThat(offenders).as("seed %d", seed).isEmpty();
    }

    private static List<Operation> bodyOperations() {
        return RequestSchemas.operations().stream()
                .filter(o -> !o.jsonBody().isMissingNode())
                .toList();
    }

    /** Text generators: letters of every script, operators in runs, quotes, backslashes, any length. */
    static final class Generated {

        private static final String OPERATORS = "-\"!&|():*<>\\'`^~+=@/._,;?#%{}[]$";

        static String text(Random random, int length) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                switch (random.nextInt(5)) {
                    case 0 -> text.append(OPERATORS.charAt(random.nextInt(OPERATORS.length())));
                    case 1 -> text.appendCodePoint(1 + random.nextInt(0xD7FF));
                    case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));
                    default -> text.append((char) ('a' + random.nextInt(26)));
                }
            }
            return text.toString();
        }

        /** 1 to 200 characters, often long runs of one operator, sometimes "or"s. */
        static String search(Random random) {
            int length = 1 + random.nextInt(random.nextBoolean() ? 200 : 20);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                switch (random.nextInt(4)) {
                    case 0 ->
                        text.append(String.valueOf(OPERATORS.charAt(random.nextInt(OPERATORS.length())))
                                .repeat(1 + random.nextInt(60)));
                    case 1 -> text.append(random.nextBoolean() ? " or " : " -");
                    default -> text.append(text(random, 1 + random.nextInt(8)));
                }
            }
            return text.substring(0, Math.min(text.length(), length));
        }
    }
}
