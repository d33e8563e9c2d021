package eu.loopmentoring.api.platform.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.platform.fuzzing.Call.Op;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Schema-driven fuzzing (issue 20): every operation of the committed document gets generated valid
 * requests and requests made invalid one change at a time. No answer may be a 5xx, no invalid
 * request may be accepted, and every answer must be one the document declares. Which requests are
 * invalid is decided by the document's own validator. Seed: {@code -Dfuzz.seed}; requests per
 * operation: {@code -Dfuzz.requests-per-operation}.
 */
@QuarkusTest
class SchemaFuzzingTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20L);
    private static final int PER_OPERATION = Integer.getInteger("fuzz.requests-per-operation", 16);

    /** An address of the run's own, so that the logins it fails do not throttle other tests. */
    private static final String FORWARDED_FOR = "203.0.113.20";

    /** Operations that would change what every other test shares (the current questionnaire): unknown ids only. */
    private static final Set<String> UNKNOWN_IDS_ONLY = Set.of("publishQuestionnaire");

    /** Transitions after which an object and what it holds change no more: with the deletions, at the end. */
    private static final Set<String> ENDINGS = Set.of(
            "changeMentoringRelationshipStatus", "withdrawResource", "withdrawMentoringRequest", "discardMatchingRun");

    /** Path parameters naming people: always the run's bystander, never someone the run found in a list. */
    private static final Set<String> PEOPLE = Set.of("personId", "userId");

    private static final Set<String> ALWAYS = Set.of("no credentials", "body malformed", "body missing");

    private static final String ETAG = "<etag>";
    private static final String UNIQUE = "<unique>";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Pattern CHILD = Pattern.compile("^(.*)/\\{(\\w+)}$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URL document =
            Objects.requireNonNull(getClass().getClassLoader().getResource(Api.DOCUMENT));
    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                    document.toString())
            .build();
    private final Map<String, List<String>> ids = new HashMap<>();
    private final Map<String, String> children = new HashMap<>();
    private final Set<String> readable = new java.util.HashSet<>();
    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> refusedSeeds = new ArrayList<>();
    private final Map<String, String> refusals = new HashMap<>();
    private final Random random = new Random(SEED);

    private record Finding(String operation, Call call, int status, String problem) {

        boolean tolerated() {
            return call.fault != null && FaultClass.KNOWN_OPEN.contains(call.fault);
        }

        @Override
        public String toString() {
            String body = call.body() == null ? "" : " " + abbreviate(call.body());
            return operation + " [" + call.label + "] " + call.op.method().toUpperCase(Locale.ROOT) + " "
                    + abbreviate(call.target()) + body + " -> " + status + ": " + problem
                    + (call.fault == null ? "" : " (issue 20 class " + call.fault.title + ")");
        }
    }

    @Test
    void every_operation_answers_generated_requests_without_5xx_and_as_the_document_says() throws Exception {
        System.out.printf("Schema fuzzing: seed %d (-Dfuzz.seed), %d requests per operation%n", SEED, PER_OPERATION);
        long started = System.nanoTime();
        List<Op> operations = operations();
        Map<String, String> tokens = actors(operations);
        System.out.printf(
                "actors ready after %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        Values values = new Values(random, this::knownId);
        for (Op op : operations) {
            long before = System.nanoTime();
            fuzz(op, tokens.get(op.id()), values);
            System.out.printf(
                    "fuzzed %s in %d ms%n",
                    op.id(), Duration.ofNanos(System.nanoTime() - before).toMillis());
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        report(seconds);

        assertThat(tally).as("every operation of the document exercised").hasSize(operations.size());
        assertThat(findings.stream().filter(finding -> !finding.tolerated()).map(Finding::toString))
                .as("5xx answers, accepted invalid requests and answers the document does not declare")
                .isEmpty();
    }

    private List<Op> operations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(document.toString(), null, options);
        List<Op> operations = new ArrayList<>();
        api.getPaths().forEach((template, item) -> {
            Matcher child = CHILD.matcher(template);
            if (child.matches()) {
                children.put(child.group(1), child.group(2));
            }
            item.readOperationsMap().forEach((method, operation) -> {
                String verb = method.name().toLowerCase(Locale.ROOT);
                if (METHODS.contains(verb)) {
                    operations.add(op(verb, template, item, operation));
                }
                if (verb.equals("get")) {
                    readable.add(template);
                }
            });
        });
        // Creators before readers before changers; deletions, and the erasure of the caller, at the end.
        operations.sort(Comparator.comparingInt((Op op) -> "eraseMe".equals(op.id())
                        ? 2
                        : op.method().equals("delete") || ENDINGS.contains(op.id()) ? 1 : 0)
                .thenComparingInt(op -> pathParameters(op).size())
                .thenComparingInt(
                        op -> List.of("post", "get", "put", "patch", "delete").indexOf(op.method())));
        return operations;
    }

    private static Op op(String method, String template, PathItem item, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (operation.getRequestBody() == null) {
            return new Op(method, template, operation, parameters, null, null, false);
        }
        Map.Entry<String, MediaType> content =
                operation.getRequestBody().getContent().entrySet().iterator().next();
        return new Op(
                method,
                template,
                operation,
                parameters,
                content.getKey(),
                content.getValue().getSchema(),
                Boolean.TRUE.equals(operation.getRequestBody().getRequired()));
    }

    private static List<Parameter> pathParameters(Op op) {
        return op.parameters().stream().filter(p -> "path".equals(p.getIn())).toList();
    }

    /**
     * Who calls each operation: a person the tests' administrator made administrator and moderator
     * (and mentor in a running relationship); a partner client for operations only clients may
     * call; a person of its own for the erasure of the caller; nobody where the document asks for
     * no credentials.
     */
    private Map<String, String> actors(List<Op> operations) {
        Login admin = TestAccounts.administrator();
        Login fuzzer = TestAccounts.newPerson("Fuzzing administrator");
        grantPlatformRoles(admin, fuzzer.id());
        fuzzer = TestAccounts.login(fuzzer.email(), fuzzer.password());
        Login mentee = TestAccounts.newPerson("Fuzzing mentee");
        remember("relationshipId", MentoringFixtures.relationship(fuzzer, mentee));
        // One offer per person: the relationship's offer is the one proposals can name.
        fuzzer.given()
                .get(MentoringFixtures.OFFERS)
                .jsonPath()
                .getList("items.id", String.class)
                .forEach(id -> remember("offerId", id));
        Login bystander = TestAccounts.newPerson("Fuzzing bystander");
        remember("personId", bystander.id());
        remember("userId", bystander.id());
        String organization = PartnerClients.organization(fuzzer);
        Login eraser = TestAccounts.newPerson("Fuzzing erasure");

        Map<String, String> tokens = new HashMap<>();
        for (Op op : operations) {
            List<SecurityRequirement> security = op.operation().getSecurity();
            if (security == null || security.isEmpty()) {
                continue;
            }
            boolean clientsOnly = security.stream().noneMatch(requirement -> requirement.containsKey("bearerToken"));
            if (clientsOnly) {
                String[] scopes = security.get(0).get("loopOAuth").toArray(String[]::new);
                PartnerClients.Client client = PartnerClients.client(admin, organization, scopes);
                tokens.put(op.id(), PartnerClients.accessToken(client, String.join(" ", scopes)));
            } else {
                tokens.put(op.id(), "eraseMe".equals(op.id()) ? eraser.accessToken() : fuzzer.accessToken());
            }
        }
        return tokens;
    }

    private static void grantPlatformRoles(Login admin, String personId) {
        String roles = "/api/v1/admin/users/{userId}/platform-roles";
        String etag = admin.given()
                .get(roles, personId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("ADMINISTRATOR", "MODERATOR")))
                .put(roles, personId)
                .then()
                .statusCode(200);
    }

    private void fuzz(Op op, String token, Values values) throws IOException, InterruptedException {
        int[] counts = tally.computeIfAbsent(op.id(), id -> new int[4]);
        Call full = valid(op, token, values, true);
        List<Call> calls = new ArrayList<>(List.of(full, valid(op, token, values, false)));
        if (!pathParameters(op).isEmpty()) {
            Call unknown = full.variant("valid, unknown ids", null, false);
            pathParameters(op).stream()
                    .filter(p -> "uuid".equals(p.getSchema().getFormat()))
                    .forEach(
                            p -> unknown.path.put(p.getName(), UUID.randomUUID().toString()));
            calls.add(unknown);
        }
        List<Call> mutations = new ArrayList<>(Mutations.of(full));
        Collections.shuffle(mutations, random);
        // The mutations of the whole request always go; those of single properties and parameters are sampled.
        mutations.sort(Comparator.comparing(call -> !ALWAYS.contains(call.label)));
        calls.addAll(mutations.subList(0, Math.max(0, Math.min(mutations.size(), PER_OPERATION - calls.size()))));

        String etag = null;
        boolean changed = true;
        for (Call call : calls) {
            if (call.headers.containsValue(ETAG) && changed) {
                etag = etag(op, call, token);
                changed = false;
            }
            prepareHeaders(call, etag);
            int status = exchange(op, call, counts);
            changed |= status < 300;
        }
    }

    private Call valid(Op op, String token, Values values, boolean full) {
        Call call = new Call(op, full ? "valid, every field" : "valid, required fields only", null, false);
        List<Parameter> parameters = new ArrayList<>(op.parameters());
        // Path parameters left to right: an id is looked up in the collection its parents name.
        parameters.sort(Comparator.comparingInt(p -> op.template().indexOf("{" + p.getName() + "}")));
        for (Parameter parameter : parameters) {
            String name = parameter.getName();
            switch (parameter.getIn()) {
                case "path" -> {
                    String known = UNKNOWN_IDS_ONLY.contains(op.id()) ? null : knownMember(op, call, name);
                    call.path.put(
                            name,
                            known != null
                                    ? known
                                    : values.of(parameter.getSchema(), name, full)
                                            .asText());
                }
                // A cursor is only valid on the collection and filters it came from: mutations send one.
                case "query" -> {
                    if (!"cursor".equals(name) && (full || Boolean.TRUE.equals(parameter.getRequired()))) {
                        call.query.add(Map.entry(
                                name,
                                values.of(parameter.getSchema(), name, full).asText()));
                    }
                }
                case "header" -> {
                    if ("If-Match".equals(name)) {
                        call.headers.put(name, ETAG);
                    } else if ("Idempotency-Key".equals(name)) {
                        call.headers.put(name, UNIQUE);
                    } else if (Boolean.TRUE.equals(parameter.getRequired())) {
                        call.headers.put(
                                name,
                                values.of(parameter.getSchema(), name, full).asText());
                    }
                }
                default -> {}
            }
        }
        if (token != null) {
            call.headers.put("Authorization", "Bearer " + token);
        }
        if (op.body() != null) {
            call.contentType = op.mediaType();
            if (op.json() || op.form()) {
                call.fields = values.of(op.body(), null, full);
            } else {
                Object example = op.operation()
                        .getRequestBody()
                        .getContent()
                        .get(op.mediaType())
                        .getExample();
                call.raw = example != null ? example.toString() : values.string(op.body(), null);
            }
        }
        return call;
    }

    private void prepareHeaders(Call call, String etag) {
        if (ETAG.equals(call.headers.get("If-Match"))) {
            if (etag == null) {
                call.headers.remove("If-Match");
            } else {
                call.headers.put("If-Match", etag);
            }
        }
        call.headers.replaceAll((name, value) -> UNIQUE.equals(value) ? "fuzz-" + UUID.randomUUID() : value);
        call.headers.put("X-Forwarded-For", FORWARDED_FOR);
    }

    /** The current entity tag of the object the call changes, read the way a client reads it. */
    private String etag(Op op, Call call, String token) throws IOException, InterruptedException {
        String path = call.concretePath();
        String template = op.template();
        // The object the operation changes is the closest one above it that can be read.
        while (!readable.contains(template) && template.lastIndexOf('/') > 0) {
            template = template.substring(0, template.lastIndexOf('/'));
            path = path.substring(0, path.lastIndexOf('/'));
        }
        HttpRequest.Builder read = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            read.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = http.send(read.build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.headers().firstValue("ETag").orElse(null) : null;
    }

    private int exchange(Op op, Call call, int[] counts) throws IOException, InterruptedException {
        ValidationReport requestReport = validateRequest(call);
        boolean invalid = call.invalid || requestReport.hasErrors();
        if (invalid && call.label.startsWith("valid")) {
            refusedSeeds.add(op.id() + " [" + call.label + "]: " + messages(requestReport));
        }
        String body = call.body();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call.target()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        op.method().toUpperCase(Locale.ROOT),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        call.headers.forEach(request::header);
        if (call.contentType != null) {
            request.header("Content-Type", call.contentType);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        counts[0]++;
        counts[status / 100 == 2 ? 1 : status / 100 == 4 ? 2 : 3]++;

        if (status >= 500) {
            findings.add(new Finding(op.id(), call, status, "a server error: " + abbreviate(answer.body())));
        } else if (invalid && status < 300) {
            findings.add(new Finding(op.id(), call, status, "an invalid request accepted: " + messages(requestReport)));
        }
        ValidationReport responseReport = validator.validateResponse(
                call.concretePath(), Request.Method.valueOf(op.method().toUpperCase(Locale.ROOT)), response(answer));
        if (responseReport.hasErrors()) {
            findings.add(new Finding(
                    op.id(), call, status, "an answer the document does not declare: " + messages(responseReport)));
        }
        if (status < 300) {
            harvest(op, call, answer.body());
        } else if (call.label.startsWith("valid")) {
            refusals.putIfAbsent(op.id(), call.label + " -> " + status + " " + abbreviate(answer.body()));
        }
        return status;
    }

    /** The document's verdict on the request; a request the validator cannot even read is invalid. */
    private ValidationReport validateRequest(Call call) {
        try {
            return validator.validateRequest(request(call));
        } catch (RuntimeException unreadable) {
            return ValidationReport.singleton(ValidationReport.Message.create("fuzz.unreadable", unreadable.toString())
                    .build()
                    .withLevel(ValidationReport.Level.ERROR));
        }
    }

    private static SimpleRequest request(Call call) {
        SimpleRequest.Builder request =
                new SimpleRequest.Builder(call.op.method().toUpperCase(Locale.ROOT), call.concretePath());
        call.query.stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
                .forEach(request::withQueryParam);
        call.headers.forEach(request::withHeader);
        if (call.contentType != null) {
            request.withContentType(call.contentType);
        }
        if (call.body() != null) {
            request.withBody(call.body());
        }
        return request.build();
    }

    private static SimpleResponse response(HttpResponse<String> answer) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(answer.statusCode());
        answer.headers().map().forEach(response::withHeader);
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        return response.build();
    }

    private URI uri(String target) {
        String base = root.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + target);
    }

    /** Ids of what the run made: the item under a collection it posted to, and every *Id it was told. */
    private void harvest(Op op, Call call, String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException notJson) {
            return;
        }
        if (answer == null || !answer.isObject()) {
            return;
        }
        String child = children.get(op.template());
        if (child != null && !op.method().equals("get")) {
            JsonNode id = answer.path("id");
            if (id.isMissingNode()) {
                for (JsonNode field : answer) {
                    id = field.isObject() && field.has("id") ? field.get("id") : id;
                }
            }
            remember(child, id.asText(null));
            remember(call.concretePath(), id.asText(null));
        }
        if (child != null && op.method().equals("get")) {
            answer.path("items").forEach(item -> {
                remember(child, item.path("id").asText(null));
                remember(call.concretePath(), item.path("id").asText(null));
            });
        }
        answer.fields().forEachRemaining(field -> {
            if (field.getKey().endsWith("Id") && field.getValue().isTextual()) {
                remember(field.getKey(), field.getValue().asText());
            }
        });
    }

    private void remember(String name, String id) {
        if (id == null || (PEOPLE.contains(name) && ids.containsKey(name))) {
            return;
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        List<String> known = ids.computeIfAbsent(name, key -> new ArrayList<>());
        if (!known.contains(id)) {
            known.add(id);
        }
    }

    /** An id from the collection at the call's path so far (created or listed there), else any of that name. */
    private String knownMember(Op op, Call call, String name) {
        if (PEOPLE.contains(name)) {
            return knownId(name);
        }
        String collection = op.template().substring(0, op.template().indexOf("/{" + name + "}"));
        for (Map.Entry<String, String> resolved : call.path.entrySet()) {
            collection = collection.replace("{" + resolved.getKey() + "}", resolved.getValue());
        }
        String member = knownId(collection);
        return member != null ? member : knownId(name);
    }

    private String knownId(String name) {
        List<String> known = ids.get(name);
        return known == null || known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    }

    private void report(long seconds) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%-36s %8s %5s %5s %5s%n", "operation", "requests", "2xx", "4xx", "other"));
        int[] total = new int[4];
        tally.forEach((operation, counts) -> {
            table.append(
                    String.format("%-36s %8d %5d %5d %5d%n", operation, counts[0], counts[1], counts[2], counts[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
        });
        table.append(String.format(
                "%-36s %8d %5d %5d %5d%n", tally.size() + " operations", total[0], total[1], total[2], total[3]));
        table.append(String.format("Schema fuzzing: %d requests in %d s, seed %d%n", total[0], seconds, SEED));
        Map<FaultClass, List<Finding>> tolerated = findings.stream()
                .filter(Finding::tolerated)
                .collect(Collectors.groupingBy(
                        finding -> finding.call.fault,
                        () -> new java.util.EnumMap<>(FaultClass.class),
                        Collectors.toList()));
        tolerated.forEach((fault, list) -> {
            table.append(String.format(
                    "Known open, not failed: issue 20 class %s: %d findings, e.g.%n", fault.title, list.size()));
            list.stream()
                    .limit(5)
                    .forEach(finding -> table.append("    ").append(finding).append('\n'));
        });
        findings.stream()
                .filter(finding -> !finding.tolerated())
                .forEach(finding -> table.append("FINDING ").append(finding).append('\n'));
        table.append("Operations no request reached with success (the first refusal of a valid request):\n");
        tally.forEach((operation, counts) -> {
            if (counts[1] == 0) {
                table.append("    ")
                        .append(operation)
                        .append(": ")
                        .append(refusals.get(operation))
                        .append('\n');
            }
        });
        if (!refusedSeeds.isEmpty()) {
            table.append("Generated valid requests the validator refused (sent as invalid ones):\n");
            new TreeSet<>(refusedSeeds)
                    .forEach(seed ->
                            table.append("    ").append(abbreviate(seed)).append('\n'));
        }
        System.out.println(table);
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream()
                .map(message -> message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("; "));
    }

    private static String abbreviate(String text) {
        String printable = text.replace("\u0000", "\\u0000").replace('\n', ' ');
        return printable.length() <= 300 ? printable : printable.substring(0, 300) + "…";
    }
}
