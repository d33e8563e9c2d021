package eu.loopmentoring.api.resource;

import static eu.loopmentoring.api.resource.ResourceFixtures.MODERATION;
import static eu.loopmentoring.api.resource.ResourceFixtures.MY_RESOURCES;
import static eu.loopmentoring.api.resource.ResourceFixtures.PROBLEMS;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCE;
import static eu.loopmentoring.api.resource.ResourceFixtures.RESOURCES;
import static eu.loopmentoring.api.resource.ResourceFixtures.REVISIONS;
import static eu.loopmentoring.api.resource.ResourceFixtures.SUBMISSION;
import static eu.loopmentoring.api.resource.ResourceFixtures.content;
import static eu.loopmentoring.api.resource.ResourceFixtures.decide;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/resources}: presenting, revising, moderating, withdrawing and listing resources. */
@QuarkusTest
class ResourcesTest {

    private Login moderator;

    @BeforeEach
    void aModerator() {
        moderator = ResourceFixtures.moderator();
    }

    @Test
    void a_new_resource_is_a_draft_of_its_author_with_every_field_of_the_shared_model() {
        Login ana = TestAccounts.newPerson("Ana Costa");

        Response created = ResourceFixtures.create(ana, content("Welcoming new teachers"));

        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/resources/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("submittedBy", equalTo(ana.id()))
                .body("title", equalTo("Welcoming new teachers"))
                .body("languages", contains("pt", "en"))
                .body("licence", equalTo("CC-BY-SA-4.0"))
                .body("audience.careerStages", contains("INDUCTION"))
                .body("topics", contains("induction", "mentoring"))
                .body("estimatedMinutes", equalTo(90))
                .body("authors", contains("Ana Costa", "João Silva"))
                .body("rating.count", equalTo(0))
                .body("rating.average", nullValue())
                .body("publishedAt", nullValue());
    }

    @Test
    void creating_with_the_same_idempotency_key_creates_one_resource() {
        Login ana = TestAccounts.newPerson();
        String key = "resource-" + UUID.randomUUID();

        String first = ana.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(content("Once only"))
                .post(RESOURCES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ana.given()
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(content("Once only"))
                .post(RESOURCES)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        ana.given().get(MY_RESOURCES).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void every_invalid_field_is_named_in_the_problem() {
        Login ana = TestAccounts.newPerson();
        Map<String, Object> bad = content("No");
        bad.put("url", "ftp://example.org");
        bad.put("languages", List.of());
        bad.put("licence", "CC BY");
        bad.put("authors", List.of());
        bad.put("estimatedMinutes", 0);

        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .contentType("application/json")
                .body(bad)
                .post(RESOURCES)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body(
                        "violations.field",
                        hasItems("title", "url", "languages", "licence", "authors", "estimatedMinutes"));
    }

    @Test
    void a_language_named_twice_is_refused_with_the_field_named() {
        Login ana = TestAccounts.newPerson();
        Map<String, Object> twice = content("Twice the same language");
        twice.put("languages", List.of("pt", "pt"));

        ResourceFixtures.create(ana, twice)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("languages"))
                .body("violations[0].message", containsString("twice"));
    }

    @Test
    void an_organisation_the_author_does_not_belong_to_is_refused() {
        Login ana = TestAccounts.newPerson();
        Map<String, Object> body = content("For a school");
        body.put("organizationId", UUID.randomUUID().toString());

        ResourceFixtures.create(ana, body)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("organizationId"));

        body.put("organizationId", PartnerClients.organization(ana));
        ResourceFixtures.create(ana, body)
                .then()
                .statusCode(201)
                .body("organizationId", equalTo(body.get("organizationId")));
    }

    @Test
    void a_stranger_cannot_read_a_draft_resource() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String id = ResourceFixtures.draft(ana, "Only mine for now");

        stranger.given().get(RESOURCE, id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given().get(RESOURCE, UUID.randomUUID()).then().statusCode(404);
        ResourceFixtures.change(stranger, id, "\"0\"", Map.of("title", "Taken over"))
                .then()
                .statusCode(404);
        ResourceFixtures.withdraw(stranger, id, Map.of("reason", "mine now"))
                .then()
                .statusCode(404);
        stranger.given().get(REVISIONS, id).then().statusCode(404);
        stranger.given().get(ResourceFixtures.REVIEWS, id).then().statusCode(404);
        ana.given().get(RESOURCE, id).then().statusCode(200).header("ETag", "\"0\"");
        moderator.given().get(RESOURCE, id).then().statusCode(200);
    }

    @Test
    void the_author_submits_a_moderator_publishes_and_then_everyone_reads_it() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String id = ResourceFixtures.draft(ana, "Peer observation guide");

        stranger.given().post(SUBMISSION, id).then().statusCode(404);
        ana.given().post(SUBMISSION, id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        ana.given().post(SUBMISSION, id).then().statusCode(422).body("type", equalTo(PROBLEMS + "rule-violated"));
        decide(ana, id, "PUBLISH", null).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        decide(moderator, id, "PUBLISH", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());

        stranger.given().get(RESOURCE, id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        decide(stranger, id, "REJECT", "no").then().statusCode(403);
    }

    @Test
    void a_rejection_needs_a_reason_which_the_author_reads_and_after_a_revision_resubmits() {
        Login ana = TestAccounts.newPerson();
        String id = ResourceFixtures.submitted(ana, "Assessment for learning");

        Api.givenInvalidRequest()
                .auth()
                .oauth2(moderator.accessToken())
                .contentType("application/json")
                .body(Map.of("decision", "REJECT"))
                .post(MODERATION, id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        String etag = decide(moderator, id, "REJECT", "Please add the licence of the worksheets.")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("Please add the licence of the worksheets."))
                .extract()
                .header("ETag");

        ResourceFixtures.change(ana, id, etag, Map.of("licence", "CC-BY-4.0"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rejectionReason", nullValue())
                .body("licence", equalTo("CC-BY-4.0"));
        ana.given().post(SUBMISSION, id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void a_change_needs_the_current_version_and_only_the_author_makes_it() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String id = ResourceFixtures.published(ana, moderator, "Digital pedagogy starter kit");
        Map<String, Object> retitle = Map.of("title", "Digital pedagogy: a starter kit");

        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .contentType("application/json")
                .body(retitle)
                .patch(RESOURCE, id)
                .then()
                .statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        ResourceFixtures.change(ana, id, "\"1\"", retitle)
                .then()
                .statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        ResourceFixtures.change(stranger, id, "\"2\"", retitle).then().statusCode(403);
        ResourceFixtures.change(moderator, id, "\"2\"", retitle).then().statusCode(403);
    }

    @Test
    void revising_a_published_resource_resubmits_it_until_a_moderator_publishes_it_again() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String id = ResourceFixtures.published(ana, moderator, "Mentoring conversations");

        ResourceFixtures.change(ana, id, "\"2\"", Map.of("summary", "How to hold a mentoring conversation that helps."))
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("SUBMITTED"));

        stranger.given().get(RESOURCE, id).then().statusCode(404);
        decide(moderator, id, "PUBLISH", null).then().statusCode(200);
        stranger.given()
                .get(RESOURCE, id)
                .then()
                .statusCode(200)
                .body("summary", equalTo("How to hold a mentoring conversation that helps."));
    }

    @Test
    void the_history_tells_who_changed_what_and_when_to_the_author_and_moderators_only() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String id = ResourceFixtures.published(ana, moderator, "School development toolkit");
        stranger.given().get(REVISIONS, id).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", "\"2\"")
                .body(Map.of(
                        "title", "School development toolkit, 2nd edition", "topics", List.of("school-development")))
                .patch(RESOURCE, id)
                .then()
                .statusCode(200);

        ana.given()
                .get(REVISIONS, id)
                .then()
                .statusCode(200)
                .body("items.kind", contains("EDITED", "PUBLISHED", "SUBMITTED", "CREATED"))
                .body("items.version", contains(3, 2, 1, 0))
                .body("items[0].changedBy", equalTo(ana.id()))
                .body("items[0].changedFields", contains("title", "topics"))
                .body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].content.title", equalTo("School development toolkit, 2nd edition"))
                .body("items[1].changedBy", equalTo(moderator.id()))
                .body("items[3].content.title", equalTo("School development toolkit"));
        moderator
                .given()
                .queryParam("limit", 2)
                .get(REVISIONS, id)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("next", notNullValue());
        // Resubmitted by the edit, the resource is out of the strangers' sight again.
        stranger.given().get(REVISIONS, id).then().statusCode(404);
    }

    @Test
    void the_author_withdraws_for_good_and_a_moderator_only_with_a_reason() {
        Login ana = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String mine = ResourceFixtures.published(ana, moderator, "Outdated guide");
        String theirs = ResourceFixtures.published(ana, moderator, "Copied guide");

        ResourceFixtures.withdraw(ana, mine, Map.of()).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        stranger.given().get(RESOURCE, mine).then().statusCode(404);
        ResourceFixtures.withdraw(ana, mine, Map.of()).then().statusCode(422);
        ResourceFixtures.withdraw(stranger, theirs, Map.of("reason", "no"))
                .then()
                .statusCode(403);
        ResourceFixtures.withdraw(moderator, theirs, Map.of())
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        ResourceFixtures.withdraw(moderator, theirs, Map.of("reason", "Copyright complaint upheld."))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void the_listing_shows_published_resources_newest_first_narrowed_by_type_language_and_topic() {
        Login ana = TestAccounts.newPerson();
        String topic = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> video = content("A video on " + topic);
        video.put("type", "VIDEO");
        video.put("languages", List.of("fi"));
        video.put("topics", List.of(topic));
        Map<String, Object> plan = content("A plan on " + topic);
        plan.put("topics", List.of(topic, "mentoring"));
        String first = ResourceFixtures.published(ana, moderator, video);
        String second = ResourceFixtures.published(ana, moderator, plan);
        ResourceFixtures.submitted(ana, "Not yet published on " + topic);

        ana.given()
                .queryParam("topic", topic)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("items.id", contains(second, first));
        ana.given()
                .queryParam("topic", topic)
                .queryParam("type", "VIDEO")
                .get(RESOURCES)
                .then()
                .body("items.id", contains(first));
        ana.given()
                .queryParam("topic", topic)
                .queryParam("language", "en")
                .get(RESOURCES)
                .then()
                .body("items.id", contains(second));
        String next = ana.given()
                .queryParam("topic", topic)
                .queryParam("limit", 1)
                .get(RESOURCES)
                .then()
                .body("items.id", contains(second))
                .extract()
                .path("next");
        ana.given()
                .queryParam("topic", topic)
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get(RESOURCES)
                .then()
                .body("items.id", contains(first))
                .body("next", nullValue());
        Api.givenInvalidRequest()
                .auth()
                .oauth2(ana.accessToken())
                .queryParam("topic", "mentoring")
                .queryParam("cursor", next)
                .get(RESOURCES)
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-cursor"));
    }

    @Test
    void my_resources_are_mine_in_every_status() {
        Login ana = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        String draft = ResourceFixtures.draft(ana, "My draft");
        String published = ResourceFixtures.published(ana, moderator, "My published one");
        ResourceFixtures.draft(joao, "João's draft");

        ana.given().get(MY_RESOURCES).then().statusCode(200).body("items.id", contains(published, draft));
        ana.given().queryParam("status", "DRAFT").get(MY_RESOURCES).then().body("items.id", contains(draft));
    }

    @Test
    void partner_clients_with_resources_read_see_published_resources_only() {
        Login ana = TestAccounts.newPerson();
        String published = ResourceFixtures.published(ana, moderator, "Open to partners");
        String draft = ResourceFixtures.draft(ana, "Not for partners");
        Login coordinator = TestAccounts.newPerson();
        String organization = PartnerClients.organization(coordinator);
        Login admin = TestAccounts.administrator();
        String reader = PartnerClients.accessToken(PartnerClients.client(admin, organization, "resources:read"), null);
        String other =
                PartnerClients.accessToken(PartnerClients.client(admin, organization, "organizations:read"), null);

        PartnerClients.as(reader)
                .get(RESOURCE, published)
                .then()
                .statusCode(200)
                .body("id", equalTo(published));
        PartnerClients.as(reader).get(RESOURCE, draft).then().statusCode(404);
        PartnerClients.as(reader).queryParam("limit", 100).get(RESOURCES).then().statusCode(200);
        PartnerClients.as(other)
                .get(RESOURCE, published)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        PartnerClients.as(other).get(RESOURCES).then().statusCode(403);
        // Reviews name people, and uses are people's own: those are for people, not for partner clients.
        PartnerClients.as(reader)
                .get(ResourceFixtures.REVIEWS, published)
                .then()
                .statusCode(403);
        PartnerClients.as(reader)
                .contentType("application/json")
                .body(content("By a client"))
                .post(RESOURCES)
                .then()
                .statusCode(403);
    }
}
