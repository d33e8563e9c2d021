package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The parameter and media type rules, tried on every operation and parameter of the committed
 * document rather than on examples: what the document declares is what the service enforces.
 */
@Tag(Lanes.DATABASE_INDEPENDENT)
@QuarkusTest
class HttpRulesTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    /** One operation of the document, with its parameters and body media types resolved. */
    record Operation(String method, String template, List<JsonNode> parameters, List<String> consumes) {

        List<JsonNode> query() {
            return parameters.stream()
                    .filter(p -> p.path("in").asText().equals("query"))
                    .toList();
        }

        String path() {
            Matcher names = Pattern.compile("\\{([^}]+)}").matcher(template);
            StringBuilder path = new StringBuilder();
            while (names.find()) {
                JsonNode declared = parameters.stream()
                        .filter(p -> p.path("in").asText().equals("path")
                                && p.path("name").asText().equals(names.group(1)))
                        .findFirst()
                        .orElseThrow();
                names.appendReplacement(path, validValue(declared.path("schema")));
            }
            names.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    private static final JsonNode DOCUMENT = Api.committedDocument();
    private static String token;

    @Test
    void every_query_parameter_given_twice_is_refused_and_all_of_them_are_named_in_one_answer() {
        int checked = 0;
        for (Operation operation : operations()) {
            List<JsonNode> query = operation.query();
            if (query.isEmpty()) {
                continue;
            }
            RequestSpecification request = asAdministrator();
            for (JsonNode parameter : query) {
                String value = validValue(parameter.path("schema"));
                request.queryParam(parameter.path("name").asText(), value, value);
            }

            Response response = send(request, operation);

            assertThat(response.statusCode()).as(operation.toString()).isEqualTo(400);
            assertThat(violations(response))
                    .as(operation.toString())
                    .containsExactlyInAnyOrderElementsOf(query.stream()
                            .map(p -> "QUERY " + p.path("name").asText() + ": must be given once, not 2 times")
                            .toList());
            checked += query.size();
        }
        assertThat(checked).as("query parameters checked").isGreaterThan(90);
    }

    @Test
    void every_typed_query_parameter_refuses_a_value_of_another_type_naming_each_one() {
        int checked = 0;
        for (Operation operation : operations()) {
            Map<String, String> wrong = new LinkedHashMap<>();
            for (JsonNode parameter : operation.query()) {
                invalidValue(parameter.path("schema"))
                        .ifPresent(v -> wrong.put(parameter.path("name").asText(), v));
            }
            if (wrong.isEmpty()) {
                continue;
            }
            RequestSpecification request = asAdministrator();
            wrong.forEach(request::queryParam);

            Response response = send(request, operation);

            assertThat(response.statusCode()).as(operation.toString()).isEqualTo(400);
            assertThat(response.jsonPath().getList("violations.field", String.class))
                    .as(operation + " with " + wrong)
                    .containsExactlyInAnyOrderElementsOf(wrong.keySet());
            assertThat(response.jsonPath().getList("violations.in", String.class))
                    .as(operation.toString())
                    .containsOnly("QUERY");
            checked += wrong.size();
        }
        assertThat(checked).as("typed query parameters checked").isGreaterThan(50);
    }

    @Test
    void every_boolean_query_parameter_takes_only_true_or_false() {
        int checked = 0;
        for (Operation operation : operations()) {
            for (JsonNode parameter : operation.query()) {
                if (!resolve(parameter.path("schema")).path("type").asText().equals("boolean")) {
                    continue;
                }
                String name = parameter.path("name").asText();
                for (String notBoolean : List.of("maybe", "yes", "1", "0", "TRUE", "False", "")) {
                    Response response = send(asAdministrator().queryParam(name, notBoolean), operation);

                    assertThat(response.statusCode())
                            .as(operation + "?" + name + "=" + notBoolean)
                            .isEqualTo(400);
                    assertThat(violations(response)).containsExactly("QUERY " + name + ": must be true or false");
                }
                for (String bool : List.of("true", "false")) {
                    assertThat(send(asAdministrator().queryParam(name, bool), operation)
                                    .statusCode())
                            .as(operation + "?" + name + "=" + bool)
                            .isLessThan(400);
                }
                checked++;
            }
        }
        assertThat(checked).as("boolean parameters checked").isGreaterThanOrEqualTo(3);
    }

    @Test
    void violations_of_the_path_and_of_the_json_body_of_one_request_come_in_one_answer() {
        int checked = 0;
        for (Operation operation : operations()) {
            List<String> ids = operation.parameters().stream()
                    .filter(p -> p.path("in").asText().equals("path"))
                    .filter(p ->
                            resolve(p.path("schema")).path("format").asText().equals("uuid"))
                    .map(p -> p.path("name").asText())
                    .toList();
            JsonNode body = resolve(DOCUMENT.at(
                    "/paths/" + operation.template().replace("~", "~0").replace("/", "~1") + "/" + operation.method()
                            + "/requestBody/content/application~1json/schema"));
            // an object of known properties only: a map takes any name
            JsonNode others = body.path("additionalProperties");
            if (ids.isEmpty() || !body.has("properties") || others.isObject() || others.asBoolean(false)) {
                continue;
            }
            String path = operation.path();
            for (String id : ids) {
                path = path.replaceFirst("[0-9a-f-]{36}", "not-a-uuid");
            }
            RequestSpecification request =
                    asAdministrator().contentType("application/json").body("{\"notInTheContract\": 1}");

            Response response = send(request, operation.method(), path);

            assertThat(response.statusCode()).as(operation.toString()).isEqualTo(400);
            List<String> violations = violations(response);
            assertThat(violations)
                    .as(operation.toString())
                    .hasSize(ids.size() + 1)
                    .containsAll(ids.stream()
                            .map(name -> "PATH " + name + ": must be a UUID")
                            .toList())
                    .anyMatch(v -> v.startsWith("BODY notInTheContract: is not a known property"));
            checked++;
        }
        assertThat(checked)
                .as("operations with an id in the path and a JSON object body")
                .isGreaterThan(30);
    }

    @Test
    void a_rule_the_domain_checks_on_a_query_parameter_names_it_as_a_query_parameter() {
        asAdministrator()
                .queryParam("sort", "RELEVANCE")
                .get("/api/v1/resources")
                .then()
                .statusCode(400)
                .body("violations[0].in", equalTo("QUERY"))
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void every_operation_with_a_body_refuses_wildcard_media_types_and_unknown_charsets_naming_its_own()
            throws Exception {
        int checked = 0;
        for (Operation operation : operations()) {
            if (operation.consumes().isEmpty()) {
                continue;
            }
            String declared = operation.consumes().getFirst();
            List<String> refused = new ArrayList<>(
                    List.of("*/*", "application/*", declared + "; charset=foo", declared + "; charset=\"x-none\""));
            if (declared.endsWith("json")) {
                refused.addAll(List.of(declared + "; charset=ISO-8859-1", declared + "; charset=\"utf-16\""));
            }
            for (String contentType : refused) {
                HttpResponse<String> response = sendRaw(operation, contentType);

                assertThat(response.statusCode())
                        .as(operation + " with Content-Type " + contentType)
                        .isEqualTo(415);
                assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
                JsonNode problem = new ObjectMapper().readTree(response.body());
                assertThat(problem.path("type").asText()).isEqualTo(PROBLEMS + "unsupported-media-type");
                assertThat(problem.path("detail").asText())
                        .as(operation + " with Content-Type " + contentType)
                        .contains(declared);
            }
            checked++;
        }
        assertThat(checked).as("operations with a body").isGreaterThan(50);
    }

    @Test
    void the_token_endpoint_asks_for_a_form_when_it_gets_json() {
        Api.givenInvalidRequest()
                .contentType("application/json")
                .body(Map.of("grant_type", "password", "username", "someone@example.org", "password", "x"))
                .post("/api/v1/auth/token")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/x-www-form-urlencoded"));
    }

    @Test
    void utf_8_named_in_any_usual_way_is_accepted() {
        for (String charset : List.of("utf-8", "UTF-8", "utf8", "\"UTF-8\"")) {
            Api.givenInvalidRequest()
                    .contentType("application/json; charset=" + charset)
                    .body("{}")
                    .post("/api/v1/accounts")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "validation-failed"));
        }
    }

    /**
     * Written with the JDK's client: REST Assured refuses to send a wildcard or an unknown charset
     * itself. What is answered is checked below rather than against the document.
     */
    private static HttpResponse<String> sendRaw(Operation operation, String contentType) throws Exception {
        if (token == null) {
            token = TestAccounts.administrator().accessToken();
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + operation.path()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(operation.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static RequestSpecification asAdministrator() {
        if (token == null) {
            token = TestAccounts.administrator().accessToken();
        }
        return Api.givenInvalidRequest().auth().oauth2(token).urlEncodingEnabled(true);
    }

    private static Response send(RequestSpecification request, Operation operation) {
        return send(request, operation.method(), operation.path());
    }

    private static Response send(RequestSpecification request, String method, String path) {
        BiFunction<RequestSpecification, String, Response> verb = switch (method) {
            case "get" -> RequestSpecification::get;
            case "post" -> RequestSpecification::post;
            case "put" -> RequestSpecification::put;
            case "patch" -> RequestSpecification::patch;
            default -> RequestSpecification::delete;
        };
        return verb.apply(request, path);
    }

    private static List<String> violations(Response response) {
        JsonPath body = response.jsonPath();
        List<String> result = new ArrayList<>();
        int count = body.getList("violations") == null
                ? 0
                : body.getList("violations").size();
        for (int i = 0; i < count; i++) {
            result.add(body.getString("violations[" + i + "].in") + " " + body.getString("violations[" + i + "].field")
                    + ": " + body.getString("violations[" + i + "].message"));
        }
        return result;
    }

    /** A value the schema accepts. */
    static String validValue(JsonNode declared) {
        JsonNode schema = resolve(declared);
        if (schema.has("example")) {
            return schema.get("example").asText();
        }
        if (schema.has("default")) {
            return schema.get("default").asText();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> schema.has("minimum") ? schema.get("minimum").asText() : "1";
            case "boolean" -> "true";
            default ->
                schema.path("format").asText().equals("uuid")
                        ? UUID.randomUUID().toString()
                        : "abc";
        };
    }

    /** A value of another type than the schema's, when the schema has a type narrower than text. */
    static Optional<String> invalidValue(JsonNode declared) {
        JsonNode schema = resolve(declared);
        if (schema.has("enum")) {
            return Optional.of("NOT_ONE_OF_THEM");
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> Optional.of("1.5");
            case "boolean" -> Optional.of("maybe");
            default -> schema.path("format").asText().equals("uuid") ? Optional.of("not-a-uuid") : Optional.empty();
        };
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = DOCUMENT.path("paths");
        for (Iterator<String> templates = paths.fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            JsonNode item = paths.get(template);
            for (Iterator<String> methods = item.fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = item.get(method);
                List<JsonNode> parameters = new ArrayList<>();
                for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
                    for (JsonNode parameter : list) {
                        JsonNode resolved = resolve(parameter);
                        parameters.add(resolved);
                    }
                }
                List<String> consumes = new ArrayList<>();
                resolve(operation.path("requestBody"))
                        .path("content")
                        .fieldNames()
                        .forEachRemaining(consumes::add);
                operations.add(new Operation(method, template, parameters, consumes));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = DOCUMENT.at(ref.substring(1));
        return resolve(target);
    }
}
