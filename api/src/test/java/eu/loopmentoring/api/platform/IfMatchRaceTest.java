package eu.loopmentoring.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.loopmentoring.api.coalition.CoalitionFixtures;
import eu.loopmentoring.api.learningpath.EvaluationFixtures;
import eu.loopmentoring.api.learningpath.PathFixtures;
import eu.loopmentoring.api.matching.MatchingPolicyTest;
import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.privacy.PrivacyFixtures;
import eu.loopmentoring.api.resource.ResourceFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation that takes {@code If-Match}, fired by several clients at once with the same
 * ETag: exactly one change wins, every other one is told {@code 412} (or {@code 404} when the
 * winner deleted the object), whatever the timing. The operations come from the committed
 * document; a test fails when one of them has no race here.
 */
@QuarkusTest
class IfMatchRaceTest {

    private static final int CLIENTS = 10;
    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    /** One operation, ready to be fired: who sends what, with the ETag they all read. */
    record Shot(
            Supplier<RequestSpecification> as,
            String method,
            String path,
            Object[] params,
            Object body,
            String etag,
            boolean deletes) {}

    private static final Map<String, Supplier<Shot>> RACES = races();

    @Test
    void every_if_match_operation_of_the_contract_has_a_race() {
        assertThat(RACES.keySet()).containsExactlyInAnyOrderElementsOf(ifMatchOperations());
    }

    @TestFactory
    Stream<DynamicTest> of_concurrent_changes_from_one_version_exactly_one_wins() {
        return RACES.entrySet().stream()
                .map(race -> DynamicTest.dynamicTest(
                        race.getKey(), () -> fire(race.getValue().get())));
    }

    private static void fire(Shot shot) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                RequestSpecification request = shot.as().get().header("If-Match", shot.etag());
                if (shot.body() != null) {
                    request.contentType("application/json").body(shot.body());
                }
                answers.add(clients.submit(() -> {
                    start.await();
                    return request.request(shot.method(), shot.path(), shot.params());
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 412) {
                assertThat(response.jsonPath().getString("type")).isEqualTo(PROBLEMS + "precondition-failed");
            }
        }
        Set<Integer> losing = shot.deletes() ? Set.of(412, 404) : Set.of(412);
        assertThat(statuses.stream().filter(s -> s / 100 == 2))
                .as("successes among %s", statuses)
                .hasSize(1);
        assertThat(statuses.stream().filter(s -> s / 100 != 2))
                .as("the others among %s", statuses)
                .hasSize(CLIENTS - 1)
                .allMatch(losing::contains);
    }

    private static Set<String> ifMatchOperations() {
        JsonNode document = Api.committedDocument();
        Set<String> operations = new TreeSet<>();
        document.get("paths")
                .forEach(item -> item.properties().forEach(method -> {
                    JsonNode operation = method.getValue();
                    if (!operation.has("operationId")) {
                        return;
                    }
                    List<JsonNode> parameters = new ArrayList<>();
                    item.path("parameters").forEach(parameters::add);
                    operation.path("parameters").forEach(parameters::add);
                    boolean ifMatch = parameters.stream()
                            .map(p -> resolve(document, p))
                            .anyMatch(p -> p.path("in").asText().equals("header")
                                    && p.path("name").asText().equalsIgnoreCase("If-Match"));
                    if (ifMatch) {
                        operations.add(operation.get("operationId").asText());
                    }
                }));
        return operations;
    }

    private static JsonNode resolve(JsonNode document, JsonNode parameter) {
        if (!parameter.has("$ref")) {
            return parameter;
        }
        String[] path = parameter.get("$ref").asText().substring(2).split("/");
        JsonNode node = document;
        for (String part : path) {
            node = node.get(part);
        }
        return node;
    }

    private static String etag(Login reader, String path, Object... params) {
        return reader.given().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    /** {@code as} fires at {@code path} with the ETag they read there themselves. */
    private static Shot raced(Login as, String method, String path, Object body, Object... params) {
        return shot(as, method, path, body, etag(as, path, params), params);
    }

    private static Shot shot(Login as, String method, String path, Object body, String etag, Object... params) {
        return new Shot(as::given, method, path, params, body, etag, method.equals("DELETE"));
    }

    private static Map<String, Supplier<Shot>> races() {
        Map<String, Supplier<Shot>> races = new TreeMap<>();
        races.put("changeMyProfile", () -> {
            Login ana = TestAccounts.newPerson();
            ana.given()
                    .contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(Map.of("bio", "First"))
                    .patch("/api/v1/me/profile")
                    .then()
                    .statusCode(200);
            return shot(ana, "PATCH", "/api/v1/me/profile", Map.of("bio", "Raced"), "\"1\"");
        });
        races.put("continueMyQuestionnaireResponse", () -> {
            Login ana = TestAccounts.newPerson();
            Map<String, Object> draft =
                    new HashMap<>(eu.loopmentoring.api.profile.ResponseFixtures.answers(ana, 3, List.of()));
            draft.put("submit", false);
            Response created =
                    ana.given().contentType("application/json").body(draft).post("/api/v1/me/questionnaire-responses");
            created.then().statusCode(201);
            return shot(
                    ana,
                    "PUT",
                    "/api/v1/me/questionnaire-responses/{responseId}",
                    Map.of("answers", draft.get("answers"), "submit", false),
                    created.header("ETag"),
                    created.path("id").toString());
        });
        races.put("changeResource", () -> {
            Login author = TestAccounts.newPerson();
            String id = ResourceFixtures.draft(author, "Raced resource " + UUID.randomUUID());
            String path = "/api/v1/resources/{resourceId}";
            return raced(author, "PATCH", path, Map.of("title", "Raced title"), id);
        });
        races.put("changeMentorOffer", () -> {
            Login mentor = TestAccounts.newPerson();
            String id = MentoringFixtures.offer(mentor, 2);
            String path = "/api/v1/mentor-offers/{offerId}";
            return raced(mentor, "PATCH", path, Map.of("capacity", 3), id);
        });
        races.put("removeMentoringParticipant", () -> {
            Login mentor = TestAccounts.newPerson();
            Login mentee = TestAccounts.newPerson();
            String offer = MentoringFixtures.groupOffer(mentor, 3);
            String group = MentoringFixtures.joinGroup(mentor, mentee, offer);
            String etag = etag(mentor, MentoringFixtures.RELATIONSHIP, group);
            return new Shot(
                    mentor::given,
                    "DELETE",
                    MentoringFixtures.PARTICIPANT,
                    new Object[] {group, mentee.id()},
                    null,
                    etag,
                    false);
        });
        relationshipContent(races);
        races.put("replaceMatchingPolicy", () -> {
            Login coordinator = TestAccounts.newPerson();
            String coalition = CoalitionFixtures.found(coordinator, "OPEN");
            return raced(coordinator, "PUT", MatchingPolicyTest.POLICY, MatchingPolicyTest.settings(50), coalition);
        });
        races.put("replacePlatformRoles", () -> {
            Login admin = TestAccounts.administrator();
            Login ana = TestAccounts.newPerson();
            String path = "/api/v1/admin/users/{userId}/platform-roles";
            return shot(
                    admin, "PUT", path, Map.of("roles", List.of("MODERATOR")), etag(admin, path, ana.id()), ana.id());
        });
        organizations(races);
        coalitions(races);
        races.put("changeApiClient", () -> {
            Login admin = TestAccounts.administrator();
            String client = PartnerClients.create(admin, PartnerClients.organization(admin), "resources:read")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("client.id");
            String path = "/api/v1/admin/api-clients/{clientId}";
            return raced(admin, "PATCH", path, Map.of("name", "Raced client"), client);
        });
        questionnaires(races);
        learningPaths(races);
        return races;
    }

    /** A coalition coordinator's draft path, and a learner enrolled in a published one. */
    private static void learningPaths(Map<String, Supplier<Shot>> races) {
        Supplier<Map.Entry<Login, String>> draft = () -> {
            Login coordinator = TestAccounts.newPerson();
            String coalition = CoalitionFixtures.found(coordinator, "OPEN");
            Map<String, Object> content =
                    PathFixtures.content("Raced path " + UUID.randomUUID(), "EVERYONE", coalition);
            return Map.entry(coordinator, PathFixtures.draft(coordinator, content));
        };
        races.put("replaceLearningPathDraft", () -> {
            Map.Entry<Login, String> path = draft.get();
            Map<String, Object> content = PathFixtures.content("Raced title", "EVERYONE", null);
            return shot(
                    path.getKey(),
                    "PUT",
                    PathFixtures.PATH,
                    content,
                    etag(path.getKey(), PathFixtures.PATH, path.getValue()),
                    path.getValue());
        });
        races.put("deleteLearningPathDraft", () -> {
            Map.Entry<Login, String> path = draft.get();
            return shot(
                    path.getKey(),
                    "DELETE",
                    PathFixtures.PATH,
                    null,
                    etag(path.getKey(), PathFixtures.PATH, path.getValue()),
                    path.getValue());
        });
        races.put("publishLearningPath", () -> {
            Map.Entry<Login, String> path = draft.get();
            return shot(
                    path.getKey(),
                    "POST",
                    PathFixtures.PUBLICATION,
                    null,
                    etag(path.getKey(), PathFixtures.PATH, path.getValue()),
                    path.getValue());
        });
        Supplier<Map.Entry<Login, String>> enrollment = () -> {
            Login coordinator = TestAccounts.newPerson();
            String coalition = CoalitionFixtures.found(coordinator, "OPEN");
            String path = PathFixtures.published(
                    coordinator, PathFixtures.content("Raced path " + UUID.randomUUID(), "EVERYONE", coalition));
            Login learner = TestAccounts.newPerson();
            return Map.entry(learner, PathFixtures.enrolled(learner, path));
        };
        races.put("recordStepProgress", () -> {
            Map.Entry<Login, String> enrolled = enrollment.get();
            return shot(
                    enrolled.getKey(),
                    "PUT",
                    PathFixtures.STEP,
                    Map.of("status", "IN_PROGRESS"),
                    etag(enrolled.getKey(), PathFixtures.ENROLLMENT, enrolled.getValue()),
                    enrolled.getValue(),
                    "welcome");
        });
        races.put("evaluateEnrollment", () -> {
            Login coordinator = TestAccounts.newPerson();
            String coalition = CoalitionFixtures.found(coordinator, "OPEN");
            String path = PathFixtures.published(
                    coordinator, PathFixtures.content("Raced path " + UUID.randomUUID(), "EVERYONE", coalition));
            Login learner = TestAccounts.newPerson();
            String enrolled = EvaluationFixtures.completed(learner, path);
            EvaluationFixtures.evaluate(learner, enrolled, EvaluationFixtures.answer(3))
                    .then()
                    .statusCode(200);
            return raced(learner, "PUT", EvaluationFixtures.EVALUATION, EvaluationFixtures.answer(5), enrolled);
        });
        races.put("endPathAssignment", () -> {
            Login coordinator = TestAccounts.newPerson();
            String coalition = CoalitionFixtures.found(coordinator, "OPEN");
            String path = PathFixtures.published(
                    coordinator, PathFixtures.content("Raced path " + UUID.randomUUID(), "EVERYONE", coalition));
            String assignment = coordinator
                    .given()
                    .contentType("application/json")
                    .body(Map.of("learningPathId", path, "coalitionId", coalition))
                    .post("/api/v1/path-assignments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            return raced(coordinator, "DELETE", "/api/v1/path-assignments/{assignmentId}", null, assignment);
        });
        races.put("leaveEnrollment", () -> {
            Map.Entry<Login, String> enrolled = enrollment.get();
            return shot(
                    enrolled.getKey(),
                    "POST",
                    PathFixtures.WITHDRAWAL,
                    null,
                    etag(enrolled.getKey(), PathFixtures.ENROLLMENT, enrolled.getValue()),
                    enrolled.getValue());
        });
    }

    private static void relationshipContent(Map<String, Supplier<Shot>> races) {
        races.put("putMentoringAgreement", () -> {
            Relationship r = Relationship.start();
            MentoringFixtures.putAgreement(r.mentee, r.id, null, "First goal")
                    .then()
                    .statusCode(200);
            return raced(
                    r.mentee, "PUT", MentoringFixtures.AGREEMENT, MentoringFixtures.agreementBody("Raced goal"), r.id);
        });
        races.put("confirmMentoringAgreement", () -> {
            Relationship r = Relationship.start();
            MentoringFixtures.putAgreement(r.mentee, r.id, null, "First goal")
                    .then()
                    .statusCode(200);
            return shot(
                    r.mentor,
                    "POST",
                    MentoringFixtures.CONFIRMATION,
                    null,
                    etag(r.mentor, MentoringFixtures.AGREEMENT, r.id),
                    r.id);
        });
        item(
                races,
                "MentoringGoal",
                MentoringFixtures.GOAL,
                Map.of("title", "Raced goal"),
                r -> MentoringFixtures.goal(r.mentee, r.id, "A goal"));
        item(
                races,
                "MentoringSession",
                MentoringFixtures.SESSION,
                Map.of("durationMinutes", 50),
                r -> MentoringFixtures.heldSession(r.mentor, r.id, "Notes"));
        item(
                races,
                "MentoringTask",
                MentoringFixtures.TASK,
                Map.of("title", "Raced task"),
                r -> MentoringFixtures.task(r.mentor, r.id, Map.of("title", "A task")));
    }

    /** The change and the deletion of one kind of relationship item, made by {@code create}. */
    private static void item(
            Map<String, Supplier<Shot>> races,
            String kind,
            String path,
            Map<String, Object> changes,
            java.util.function.Function<Relationship, String> create) {
        races.put("change" + kind, () -> {
            Relationship r = Relationship.start();
            String id = create.apply(r);
            return raced(r.mentor, "PATCH", path, changes, r.id, id);
        });
        races.put("delete" + kind, () -> {
            Relationship r = Relationship.start();
            String id = create.apply(r);
            return raced(r.mentor, "DELETE", path, null, r.id, id);
        });
    }

    private record Relationship(Login mentor, Login mentee, String id) {
        static Relationship start() {
            Login mentor = TestAccounts.newPerson();
            Login mentee = TestAccounts.newPerson();
            return new Relationship(mentor, mentee, MentoringFixtures.relationship(mentor, mentee));
        }
    }

    private static void organizations(Map<String, Supplier<Shot>> races) {
        String organization = "/api/v1/organizations/{organizationId}";
        String membership = organization + "/memberships/{membershipId}";
        races.put("changeOrganization", () -> {
            Login coordinator = TestAccounts.newPerson();
            String id = PartnerClients.organization(coordinator);
            return raced(coordinator, "PATCH", organization, Map.of("name", "Raced"), id);
        });
        races.put("setOrganizationVerification", () -> {
            Login admin = TestAccounts.administrator();
            String id = PartnerClients.organization(TestAccounts.newPerson());
            return shot(
                    admin,
                    "PUT",
                    organization + "/verification",
                    Map.of("verified", true),
                    etag(admin, organization, id),
                    id);
        });
        record Member(Login coordinator, Login teacher, String organization, String membership) {}
        Supplier<Member> member = () -> {
            Login coordinator = TestAccounts.newPerson();
            Login teacher = TestAccounts.newPerson();
            String id = PartnerClients.organization(coordinator);
            PrivacyFixtures.member(coordinator, id, teacher);
            String mine = teacher.given()
                    .get(organization, id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("myMembership.membershipId");
            return new Member(coordinator, teacher, id, mine);
        };
        races.put("changeOrganizationMembership", () -> {
            Member m = member.get();
            return shot(
                    m.coordinator(),
                    "PATCH",
                    membership,
                    Map.of("role", "COORDINATOR"),
                    etag(m.coordinator(), membership, m.organization(), m.membership()),
                    m.organization(),
                    m.membership());
        });
        races.put("endOrganizationMembership", () -> {
            Member m = member.get();
            return shot(
                    m.teacher(),
                    "DELETE",
                    membership,
                    null,
                    etag(m.teacher(), membership, m.organization(), m.membership()),
                    m.organization(),
                    m.membership());
        });
    }

    private static void coalitions(Map<String, Supplier<Shot>> races) {
        String coalition = "/api/v1/coalitions/{coalitionId}";
        String membership = coalition + "/memberships/{membershipId}";
        races.put("changeCoalition", () -> {
            Login coordinator = TestAccounts.newPerson();
            String id = CoalitionFixtures.found(coordinator, "OPEN");
            return raced(coordinator, "PATCH", coalition, Map.of("description", "Raced description"), id);
        });
        record Member(Login coordinator, Login member, String coalition, String membership) {}
        Supplier<Member> member = () -> {
            Login coordinator = TestAccounts.newPerson();
            Login person = TestAccounts.newPerson();
            String id = CoalitionFixtures.found(coordinator, "OPEN");
            return new Member(coordinator, person, id, CoalitionFixtures.activeMember(person, id));
        };
        races.put("changeCoalitionMembership", () -> {
            Member m = member.get();
            return shot(
                    m.coordinator(),
                    "PATCH",
                    membership,
                    Map.of("role", "COORDINATOR"),
                    etag(m.coordinator(), membership, m.coalition(), m.membership()),
                    m.coalition(),
                    m.membership());
        });
        races.put("endCoalitionMembership", () -> {
            Member m = member.get();
            return shot(
                    m.member(),
                    "DELETE",
                    membership,
                    null,
                    etag(m.member(), membership, m.coalition(), m.membership()),
                    m.coalition(),
                    m.membership());
        });
    }

    private static void questionnaires(Map<String, Supplier<Shot>> races) {
        String questionnaire = "/api/v1/questionnaires/{questionnaireId}";
        Supplier<String> draft = () -> TestAccounts.administrator()
                .given()
                .contentType("application/json")
                .body(Map.of("basedOn", "7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f4a51", "title", "Raced " + UUID.randomUUID()))
                .post("/api/v1/questionnaires")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        races.put("replaceQuestionnaire", () -> {
            Login admin = TestAccounts.administrator();
            String id = draft.get();
            Response read = admin.given().get(questionnaire, id);
            JsonPath content = read.then().statusCode(200).extract().jsonPath();
            Map<String, Object> body = new HashMap<>();
            body.put("title", "Raced title");
            body.put("introduction", content.getString("introduction"));
            body.put("language", content.getString("language"));
            body.put("sections", content.getList("sections"));
            return shot(admin, "PUT", questionnaire, body, read.header("ETag"), id);
        });
        races.put("deleteQuestionnaire", () -> {
            Login admin = TestAccounts.administrator();
            String id = draft.get();
            return raced(admin, "DELETE", questionnaire, null, id);
        });
    }
}
