package eu.loopmentoring.api.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationsTest {

    private static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    private static final String ORGANIZATION = "/api/v1/organizations/{id}";
    private static final String MEMBERSHIPS = "/api/v1/organizations/{id}/memberships";
    private static final String MEMBERSHIP = "/api/v1/organizations/{id}/memberships/{membershipId}";

    static Map<String, Object> school(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "SCHOOL");
        body.put("country", "PT");
        body.put("region", "Lisboa");
        body.put("languages", List.of("pt", "en"));
        body.put("schoolLevels", List.of("ISCED_1", "ISCED_2"));
        body.put("website", "https://escola.example.pt");
        return body;
    }

    static String register(Login coordinator, String name) {
        return coordinator
                .given()
                .contentType("application/json")
                .body(school(name))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response propose(Login who, String organization, String role, String inviteeEmail) {
        Map<String, Object> body = new HashMap<>();
        body.put("role", role);
        if (inviteeEmail != null) {
            body.put("inviteeEmail", inviteeEmail);
        }
        return who.given().contentType("application/json").body(body).post(MEMBERSHIPS, organization);
    }

    private static String etag(Login who, String path, Object... params) {
        return who.given().get(path, params).then().statusCode(200).extract().header("ETag");
    }

    /** A member in the given role, admitted through the API. */
    private static Login member(Login coordinator, String organization, String role) {
        Login person = TestAccounts.newPerson("Member " + role);
        String id = propose(coordinator, organization, role, person.email())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        person.given().post(MEMBERSHIP + "/acceptance", organization, id).then().statusCode(200);
        return person;
    }

    @Test
    void whoever_registers_an_organisation_coordinates_it_and_sees_it_among_their_own() {
        Login ana = TestAccounts.newPerson("Ana");
        String name = "Escola " + UUID.randomUUID();

        String id = ana.given()
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(school(name))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .header("ETag", notNullValue())
                .body("name", equalTo(name))
                .body("verified", equalTo(false))
                .body("memberCount", equalTo(1))
                .body("myMembership.role", equalTo("COORDINATOR"))
                .body("myMembership.status", equalTo("ACTIVE"))
                .body("schoolLevels", contains("ISCED_1", "ISCED_2"))
                .extract()
                .path("id");

        ana.given()
                .get("/api/v1/me")
                .then()
                .body("organizations.organizationId", hasItem(id))
                .body("organizations.find { it.organizationId == '" + id + "' }.role", equalTo("COORDINATOR"));
    }

    @Test
    void only_name_kind_and_country_are_needed() {
        TestAccounts.newPerson()
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Minimal " + UUID.randomUUID(), "kind", "OTHER", "country", "FI"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("languages", org.hamcrest.Matchers.empty())
                .body("schoolLevels", org.hamcrest.Matchers.empty())
                .body("website", nullValue());
    }

    @Test
    void the_directory_is_browsed_by_name_prefix_and_country_page_by_page() {
        Login ana = TestAccounts.newPerson();
        String prefix = "Dir " + UUID.randomUUID().toString().substring(0, 8);
        for (String suffix : List.of("C", "A", "B")) {
            register(ana, prefix + " " + suffix);
        }

        String next = ana.given()
                .queryParam("q", prefix.toLowerCase())
                .queryParam("country", "PT")
                .queryParam("limit", 2)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items.name", contains(prefix + " A", prefix + " B"))
                .extract()
                .path("next");
        ana.given()
                .queryParam("q", prefix.toLowerCase())
                .queryParam("country", "PT")
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/organizations")
                .then()
                .body("items.name", contains(prefix + " C"))
                .body("next", nullValue());
        ana.given()
                .queryParam("q", prefix)
                .queryParam("country", "FI")
                .get("/api/v1/organizations")
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void coordinators_change_their_organisation_under_if_match_and_nobody_else_can() {
        Login coordinator = TestAccounts.newPerson();
        Login stranger = TestAccounts.newPerson();
        String id = register(coordinator, "Change " + UUID.randomUUID());
        String etag = etag(coordinator, ORGANIZATION, id);

        stranger.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", "Hijacked"))
                .patch(ORGANIZATION, id)
                .then()
                .statusCode(403);
        coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("name", "Renamed"))
                .patch(ORGANIZATION, id)
                .then()
                .statusCode(428);
        String changed = coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", "Renamed", "region", ""))
                .patch(ORGANIZATION, id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("region", nullValue())
                .body("website", equalTo("https://escola.example.pt"))
                .body("languages", contains("pt", "en"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", "Lost update"))
                .patch(ORGANIZATION, id)
                .then()
                .statusCode(412);
    }

    @Test
    void verification_and_other_privileged_fields_cannot_be_set_through_a_change() {
        Login coordinator = TestAccounts.newPerson();
        String id = register(coordinator, "Mass " + UUID.randomUUID());
        String etag = etag(coordinator, ORGANIZATION, id);

        for (Map<String, Object> smuggled : List.<Map<String, Object>>of(
                Map.of("verified", true), Map.of("id", UUID.randomUUID().toString()), Map.of("memberCount", 99))) {
            Api.givenInvalidRequest()
                    .auth()
                    .oauth2(coordinator.accessToken())
                    .contentType("application/json")
                    .header("If-Match", etag)
                    .body(smuggled)
                    .patch(ORGANIZATION, id)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "validation-failed"));
        }

        coordinator
                .given()
                .get(ORGANIZATION, id)
                .then()
                .header("ETag", etag)
                .body("id", equalTo(id))
                .body("verified", equalTo(false))
                .body("memberCount", equalTo(1));
    }

    @Test
    void only_administrators_verify_an_organisation() {
        Login coordinator = TestAccounts.newPerson();
        String id = register(coordinator, "Verify " + UUID.randomUUID());
        String etag = etag(coordinator, ORGANIZATION, id);

        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("verified", true))
                .put(ORGANIZATION + "/verification", id)
                .then()
                .statusCode(403);
        TestAccounts.administrator()
                .given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("verified", true))
                .put(ORGANIZATION + "/verification", id)
                .then()
                .statusCode(200)
                .body("verified", equalTo(true))
                .body("verifiedAt", notNullValue());
    }

    @Test
    void a_request_to_join_is_approved_by_a_school_leader_and_only_members_see_who_belongs() {
        Login coordinator = TestAccounts.newPerson("Coordinator");
        String id = register(coordinator, "Join " + UUID.randomUUID());
        Login leader = member(coordinator, id, "SCHOOL_LEADER");
        Login teacher = TestAccounts.newPerson("Teacher");
        Login stranger = TestAccounts.newPerson("Stranger");

        String request = propose(teacher, id, "TEACHER", null)
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("person.displayName", equalTo("Teacher"))
                .extract()
                .path("id");

        teacher.given().get(MEMBERSHIP, id, request).then().statusCode(200);
        teacher.given().get(MEMBERSHIPS, id).then().statusCode(404);
        stranger.given().get(MEMBERSHIPS, id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        stranger.given().get(MEMBERSHIP, id, request).then().statusCode(404);
        stranger.given().post(MEMBERSHIP + "/acceptance", id, request).then().statusCode(404);
        teacher.given().post(MEMBERSHIP + "/acceptance", id, request).then().statusCode(403);

        leader.given()
                .post(MEMBERSHIP + "/acceptance", id, request)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("activeSince", notNullValue());

        teacher.given()
                .queryParam("status", "ACTIVE")
                .get(MEMBERSHIPS, id)
                .then()
                .statusCode(200)
                .body("items.person.displayName", containsInAnyOrder("Coordinator", "Member SCHOOL_LEADER", "Teacher"))
                .body(not(containsString("@")));
        propose(teacher, id, "TEACHER", null).then().statusCode(409);
    }

    @Test
    void an_invitation_is_accepted_by_the_invited_person_only() {
        Login coordinator = TestAccounts.newPerson();
        String id = register(coordinator, "Invite " + UUID.randomUUID());
        Login invitee = TestAccounts.newPerson("Invitee");
        Login other = TestAccounts.newPerson();

        String invitation = propose(coordinator, id, "TEACHER_TRAINER", invitee.email())
                .then()
                .statusCode(201)
                .body("status", equalTo("INVITED"))
                .extract()
                .path("id");
        propose(coordinator, id, "TEACHER", "nobody-" + UUID.randomUUID() + "@example.org")
                .then()
                .statusCode(422);
        propose(other, id, "TEACHER", invitee.email()).then().statusCode(403);

        other.given().post(MEMBERSHIP + "/acceptance", id, invitation).then().statusCode(404);
        coordinator
                .given()
                .post(MEMBERSHIP + "/acceptance", id, invitation)
                .then()
                .statusCode(403);
        invitee.given().post(MEMBERSHIP + "/acceptance", id, invitation).then().statusCode(200);
        invitee.given()
                .get("/api/v1/me")
                .then()
                .body("organizations.find { it.organizationId == '" + id + "' }.status", equalTo("ACTIVE"));
    }

    @Test
    void the_last_coordinator_stays_until_someone_else_coordinates_and_members_leave_under_if_match() {
        Login coordinator = TestAccounts.newPerson();
        String id = register(coordinator, "Leave " + UUID.randomUUID());
        String mine = coordinator.given().get(ORGANIZATION, id).then().extract().path("myMembership.membershipId");
        String myEtag = etag(coordinator, MEMBERSHIP, id, mine);

        coordinator
                .given()
                .header("If-Match", myEtag)
                .delete(MEMBERSHIP, id, mine)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"));
        coordinator
                .given()
                .contentType("application/json")
                .header("If-Match", myEtag)
                .body(Map.of("role", "TEACHER"))
                .patch(MEMBERSHIP, id, mine)
                .then()
                .statusCode(422);

        Login teacher = member(coordinator, id, "TEACHER");
        String theirs = teacher.given().get(ORGANIZATION, id).then().extract().path("myMembership.membershipId");
        String theirEtag = etag(teacher, MEMBERSHIP, id, theirs);
        teacher.given().delete(MEMBERSHIP, id, theirs).then().statusCode(428);
        teacher.given()
                .header("If-Match", theirEtag)
                .delete(MEMBERSHIP, id, theirs)
                .then()
                .statusCode(204);
        teacher.given().get(MEMBERSHIPS, id).then().statusCode(404);
        coordinator.given().get(ORGANIZATION, id).then().body("memberCount", equalTo(1));
    }

    @Test
    void a_stranger_cannot_change_or_end_anybody_s_membership() {
        Login coordinator = TestAccounts.newPerson();
        String id = register(coordinator, "Strangers " + UUID.randomUUID());
        String mine = coordinator.given().get(ORGANIZATION, id).then().extract().path("myMembership.membershipId");
        String etag = etag(coordinator, MEMBERSHIP, id, mine);
        Login stranger = TestAccounts.newPerson();

        stranger.given()
                .header("If-Match", etag)
                .delete(MEMBERSHIP, id, mine)
                .then()
                .statusCode(404);
        stranger.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("role", "TEACHER"))
                .patch(MEMBERSHIP, id, mine)
                .then()
                .statusCode(404);
        coordinator
                .given()
                .get(MEMBERSHIP, id, mine)
                .then()
                .header("ETag", etag)
                .body("role", equalTo("COORDINATOR"));
    }
}
