package eu.loopmentoring.api.coalition;

import static eu.loopmentoring.api.coalition.CoalitionFixtures.APPROVAL;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.COALITION;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.MEMBERSHIP;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.MEMBERSHIPS;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.PROBLEMS;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.activeMember;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.found;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.join;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.membershipEtag;
import static eu.loopmentoring.api.coalition.CoalitionFixtures.myMembershipId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoalitionMembershipsTest {

    @Test
    void the_life_of_an_open_coalition_joining_at_once_and_leaving() {
        TestAccounts.Login ana = TestAccounts.newPerson("Ana");
        TestAccounts.Login bo = TestAccounts.newPerson("Bo");
        String coalition = found(ana, "OPEN");

        Response joined = bo.given().post(MEMBERSHIPS, coalition);
        joined.then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("coalitionId", equalTo(coalition))
                .body("person.id", equalTo(bo.id()))
                .body("person.displayName", equalTo("Bo"))
                .body("role", equalTo("MEMBER"))
                .body("status", equalTo("ACTIVE"))
                .body("requestedAt", notNullValue())
                .body("joinedAt", notNullValue());
        String membership = joined.path("id");
        assertThat(joined.header("Location"))
                .endsWith("/api/v1/coalitions/" + coalition + "/memberships/" + membership);

        bo.given()
                .get(COALITION, coalition)
                .then()
                .body("memberCount", equalTo(2))
                .body("myMembership.membershipId", equalTo(membership))
                .body("myMembership.role", equalTo("MEMBER"));
        bo.given()
                .get(MEMBERSHIPS, coalition)
                .then()
                .statusCode(200)
                .body("items.person.displayName", contains("Ana", "Bo"))
                .body("items.role", contains("COORDINATOR", "MEMBER"));

        String etag = membershipEtag(bo, coalition, membership);
        bo.given()
                .header("If-Match", etag)
                .delete(MEMBERSHIP, coalition, membership)
                .then()
                .statusCode(204);

        bo.given()
                .get(COALITION, coalition)
                .then()
                .body("memberCount", equalTo(1))
                .body("myMembership", nullValue());
        bo.given().get(MEMBERSHIP, coalition, membership).then().statusCode(404);
        bo.given().get(MEMBERSHIPS, coalition).then().statusCode(404);
    }

    @Test
    void the_life_of_a_coalition_by_approval_from_request_to_handover() {
        TestAccounts.Login ana = TestAccounts.newPerson("Ana");
        TestAccounts.Login bo = TestAccounts.newPerson("Bo");
        String coalition = found(ana, "BY_APPROVAL");

        String request = bo.given()
                .post(MEMBERSHIPS, coalition)
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("role", equalTo("MEMBER"))
                .body("joinedAt", nullValue())
                .extract()
                .path("id");
        bo.given().get(COALITION, coalition).then().body("memberCount", equalTo(1));
        bo.given().get(MEMBERSHIP, coalition, request).then().statusCode(200).body("status", equalTo("REQUESTED"));
        bo.given().get(MEMBERSHIPS, coalition).then().statusCode(404);

        ana.given()
                .queryParam("status", "REQUESTED")
                .get(MEMBERSHIPS, coalition)
                .then()
                .statusCode(200)
                .body("items.id", contains(request));
        ana.given()
                .post(APPROVAL, coalition, request)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("joinedAt", notNullValue());

        bo.given().get(MEMBERSHIPS, coalition).then().statusCode(200).body("items", hasSize(2));
        bo.given().get(COALITION, coalition).then().body("memberCount", equalTo(2));

        // Ana hands over to Bo, then leaves; Bo, now alone, may leave too and the coalition remains.
        ana.given()
                .contentType("application/json")
                .header("If-Match", membershipEtag(ana, coalition, request))
                .body(Map.of("role", "COORDINATOR"))
                .patch(MEMBERSHIP, coalition, request)
                .then()
                .statusCode(200)
                .body("role", equalTo("COORDINATOR"));
        String anas = myMembershipId(ana, coalition);
        ana.given()
                .header("If-Match", membershipEtag(ana, coalition, anas))
                .delete(MEMBERSHIP, coalition, anas)
                .then()
                .statusCode(204);
        bo.given()
                .header("If-Match", membershipEtag(bo, coalition, request))
                .delete(MEMBERSHIP, coalition, request)
                .then()
                .statusCode(204);

        ana.given().get(COALITION, coalition).then().statusCode(200).body("memberCount", equalTo(0));
    }

    @Test
    void joining_twice_is_a_409_whether_the_first_membership_is_active_or_requested() {
        TestAccounts.Login bo = TestAccounts.newPerson();
        TestAccounts.Login ana = TestAccounts.newPerson();
        String open = found(ana, "OPEN");
        String closed = found(ana, "BY_APPROVAL");
        join(bo, open);
        join(bo, closed);

        for (String coalition : List.of(open, closed)) {
            bo.given().post(MEMBERSHIPS, coalition).then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
        }
        ana.given().post(MEMBERSHIPS, open).then().statusCode(409);
    }

    @Test
    void concurrent_joins_of_one_person_create_one_membership() throws Exception {
        TestAccounts.Login bo = TestAccounts.newPerson();
        String coalition = found(TestAccounts.newPerson(), "OPEN");
        Callable<Integer> attempt =
                () -> bo.given().post(MEMBERSHIPS, coalition).statusCode();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(attempt));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        bo.given().get(COALITION, coalition).then().body("memberCount", equalTo(2));
    }

    @Test
    void a_retried_join_with_the_same_idempotency_key_returns_the_first_membership() {
        TestAccounts.Login bo = TestAccounts.newPerson();
        TestAccounts.Login ana = TestAccounts.newPerson();
        String coalition = found(ana, "BY_APPROVAL");
        String key = UUID.randomUUID().toString();

        Response first = bo.given().header("Idempotency-Key", key).post(MEMBERSHIPS, coalition);
        Response replay = bo.given().header("Idempotency-Key", key).post(MEMBERSHIPS, coalition);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));

        bo.given()
                .header("Idempotency-Key", key)
                .post(MEMBERSHIPS, found(ana, "OPEN"))
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
    }

    @Test
    void a_person_whose_request_is_pending_cannot_see_the_members_nor_their_memberships() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        TestAccounts.Login bo = TestAccounts.newPerson();
        String coalition = found(ana, "BY_APPROVAL");
        join(bo, coalition);

        bo.given().get(MEMBERSHIPS, coalition).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        bo.given()
                .get(MEMBERSHIP, coalition, myMembershipId(ana, coalition))
                .then()
                .statusCode(404);
    }

    @Test
    void a_stranger_cannot_list_the_members_of_a_coalition() {
        String coalition = found(TestAccounts.newPerson(), "OPEN");

        TestAccounts.newPerson()
                .given()
                .get(MEMBERSHIPS, coalition)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void a_stranger_finds_no_membership_to_read_approve_change_or_end() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String coalition = found(ana, "BY_APPROVAL");
        String request = join(TestAccounts.newPerson(), coalition).path("id");
        String etag = membershipEtag(ana, coalition, request);
        TestAccounts.Login stranger = TestAccounts.newPerson();

        stranger.given().get(MEMBERSHIP, coalition, request).then().statusCode(404);
        stranger.given().post(APPROVAL, coalition, request).then().statusCode(404);
        stranger.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("role", "COORDINATOR"))
                .patch(MEMBERSHIP, coalition, request)
                .then()
                .statusCode(404);
        stranger.given()
                .header("If-Match", etag)
                .delete(MEMBERSHIP, coalition, request)
                .then()
                .statusCode(404);
        // Without If-Match too: visibility is decided first, so the 404 does not turn into a 428.
        stranger.given().delete(MEMBERSHIP, coalition, request).then().statusCode(404);

        ana.given().get(MEMBERSHIP, coalition, request).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void a_member_who_does_not_coordinate_cannot_approve_change_roles_or_remove_others() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        TestAccounts.Login bo = TestAccounts.newPerson();
        String coalition = found(ana, "BY_APPROVAL");
        String bos = activeMember(bo, coalition);
        String request = join(TestAccounts.newPerson(), coalition).path("id");

        bo.given()
                .post(APPROVAL, coalition, request)
                .then()
                .statusCode(403)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        bo.given()
                .contentType("application/json")
                .header("If-Match", membershipEtag(bo, coalition, bos))
                .body(Map.of("role", "COORDINATOR"))
                .patch(MEMBERSHIP, coalition, bos)
                .then()
                .statusCode(403);
        bo.given()
                .header("If-Match", membershipEtag(bo, coalition, request))
                .delete(MEMBERSHIP, coalition, request)
                .then()
                .statusCode(403);

        ana.given().get(MEMBERSHIP, coalition, request).then().body("status", equalTo("REQUESTED"));
        ana.given().get(MEMBERSHIP, coalition, bos).then().body("role", equalTo("MEMBER"));
    }

    @Test
    void approving_a_membership_that_is_not_requested_is_a_422() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String coalition = found(ana, "OPEN");
        String active = join(TestAccounts.newPerson(), coalition).path("id");

        ana.given()
                .post(APPROVAL, coalition, active)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"));
    }

    @Test
    void a_coordinator_rejects_a_request_by_ending_it() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        TestAccounts.Login bo = TestAccounts.newPerson();
        String coalition = found(ana, "BY_APPROVAL");
        String request = join(bo, coalition).path("id");

        ana.given()
                .header("If-Match", membershipEtag(ana, coalition, request))
                .delete(MEMBERSHIP, coalition, request)
                .then()
                .statusCode(204);

        bo.given().get(COALITION, coalition).then().body("myMembership", nullValue());
        join(bo, coalition); // and may ask again
    }

    @Test
    void the_last_coordinator_can_neither_leave_nor_be_demoted_nor_removed_while_others_remain() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String coalition = found(ana, "OPEN");
        join(TestAccounts.newPerson(), coalition);
        String anas = myMembershipId(ana, coalition);
        String etag = membershipEtag(ana, coalition, anas);

        ana.given()
                .header("If-Match", etag)
                .delete(MEMBERSHIP, coalition, anas)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "rule-violated"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("role", "MEMBER"))
                .patch(MEMBERSHIP, coalition, anas)
                .then()
                .statusCode(422);
        TestAccounts.administrator()
                .given()
                .header("If-Match", etag)
                .delete(MEMBERSHIP, coalition, anas)
                .then()
                .statusCode(422);

        ana.given()
                .get(MEMBERSHIP, coalition, anas)
                .then()
                .statusCode(200)
                .header("ETag", etag)
                .body("role", equalTo("COORDINATOR"));
    }

    @Test
    void a_coordinator_of_another_coalition_finds_nothing_there_even_without_if_match() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        TestAccounts.Login otherCoordinator = TestAccounts.newPerson();
        String coalition = found(ana, "OPEN");
        String theirs = found(otherCoordinator, "OPEN");
        String bos = join(TestAccounts.newPerson(), coalition).path("id");

        otherCoordinator
                .given()
                .contentType("application/json")
                .body(Map.of("role", "COORDINATOR"))
                .patch(MEMBERSHIP, coalition, bos)
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        otherCoordinator.given().delete(MEMBERSHIP, coalition, bos).then().statusCode(404);
        otherCoordinator
                .given()
                .contentType("application/json")
                .body(Map.of("role", "COORDINATOR"))
                .patch(MEMBERSHIP, theirs, bos)
                .then()
                .statusCode(404);
    }

    @Test
    void changing_a_role_or_ending_a_membership_needs_the_current_etag_in_if_match() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String coalition = found(ana, "OPEN");
        String bos = join(TestAccounts.newPerson(), coalition).path("id");
        String old = membershipEtag(ana, coalition, bos);
        ana.given()
                .contentType("application/json")
                .header("If-Match", old)
                .body(Map.of("role", "COORDINATOR"))
                .patch(MEMBERSHIP, coalition, bos)
                .then()
                .statusCode(200);

        ana.given()
                .contentType("application/json")
                .body(Map.of("role", "MEMBER"))
                .patch(MEMBERSHIP, coalition, bos)
                .then()
                .statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
        ana.given()
                .contentType("application/json")
                .header("If-Match", old)
                .body(Map.of("role", "MEMBER"))
                .patch(MEMBERSHIP, coalition, bos)
                .then()
                .statusCode(412)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        ana.given().delete(MEMBERSHIP, coalition, bos).then().statusCode(428);
        ana.given()
                .header("If-Match", old)
                .delete(MEMBERSHIP, coalition, bos)
                .then()
                .statusCode(412);

        ana.given().get(MEMBERSHIP, coalition, bos).then().statusCode(200).body("role", equalTo("COORDINATOR"));
    }

    @Test
    void membership_listings_show_display_names_and_never_emails() {
        TestAccounts.Login ana = TestAccounts.newPerson("Ana");
        TestAccounts.Login bo = TestAccounts.newPerson("Bo");
        String coalition = found(ana, "OPEN");
        join(bo, coalition);

        ExtractableResponse<Response> listed =
                bo.given().get(MEMBERSHIPS, coalition).then().statusCode(200).extract();

        assertThat(listed.asString()).doesNotContain(ana.email(), bo.email(), "@");
        List<Map<String, Object>> people = listed.jsonPath().getList("items.person");
        assertThat(people).allSatisfy(person -> assertThat(person).containsOnlyKeys("id", "displayName"));
        bo.given()
                .get(MEMBERSHIP, coalition, myMembershipId(ana, coalition))
                .then()
                .body(not(containsString(ana.email())))
                .body("person.email", nullValue());
    }

    @Test
    void members_are_listed_page_by_page_oldest_request_first() {
        TestAccounts.Login ana = TestAccounts.newPerson("First");
        String coalition = found(ana, "OPEN");
        join(TestAccounts.newPerson("Second"), coalition);
        join(TestAccounts.newPerson("Third"), coalition);

        String next = ana.given()
                .queryParam("limit", 2)
                .get(MEMBERSHIPS, coalition)
                .then()
                .statusCode(200)
                .body("items.person.displayName", contains("First", "Second"))
                .extract()
                .path("next");
        ana.given()
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(MEMBERSHIPS, coalition)
                .then()
                .statusCode(200)
                .body("items.person.displayName", contains("Third"))
                .body("next", nullValue());
        ana.given()
                .queryParam("status", "ACTIVE")
                .get(MEMBERSHIPS, coalition)
                .then()
                .body("items.status", everyItem(equalTo("ACTIVE")))
                .body("items", hasSize(3));
    }

    @Test
    void administrators_see_the_members_and_approve_requests_of_any_coalition() {
        TestAccounts.Login admin = TestAccounts.administrator();
        String coalition = found(TestAccounts.newPerson(), "BY_APPROVAL");
        String request = join(TestAccounts.newPerson(), coalition).path("id");

        admin.given().get(MEMBERSHIPS, coalition).then().statusCode(200).body("items", hasSize(2));
        admin.given().post(APPROVAL, coalition, request).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void a_membership_is_only_found_under_its_own_coalition() {
        TestAccounts.Login ana = TestAccounts.newPerson();
        String one = found(ana, "OPEN");
        String other = found(ana, "OPEN");

        ana.given().get(MEMBERSHIP, other, myMembershipId(ana, one)).then().statusCode(404);
        ana.given().post(MEMBERSHIPS, UUID.randomUUID()).then().statusCode(404);
    }
}
