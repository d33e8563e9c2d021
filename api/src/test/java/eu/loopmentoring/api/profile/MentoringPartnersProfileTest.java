package eu.loopmentoring.api.profile;

import static eu.loopmentoring.api.mentoring.MentoringFixtures.changeStatus;
import static eu.loopmentoring.api.mentoring.MentoringFixtures.relationship;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import eu.loopmentoring.api.mentoring.MentoringFixtures;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A field group shown to MENTORING_PARTNERS is seen by the owner's mentor or mentee in a running
 * (ACTIVE or PAUSED) relationship, never by a coalition member or a stranger, and no longer once
 * the relationship has ended.
 */
@QuarkusTest
class MentoringPartnersProfileTest {

    private static final String PROFILE = ProfilesTest.PROFILE;

    private static Login withBioForMentoringPartners() {
        Login ana = TestAccounts.newPerson("Ana Costa");
        ana.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "bio", "First year at a school in Almada.",
                        "interests", java.util.List.of("digital-pedagogy"),
                        "visibility", Map.of("bio", "MENTORING_PARTNERS", "interests", "COALITION_MEMBERS")))
                .patch(ProfilesTest.MY_PROFILE)
                .then()
                .statusCode(200);
        return ana;
    }

    @Test
    void the_mentor_and_the_mentee_see_what_is_shown_to_mentoring_partners() {
        Login ana = withBioForMentoringPartners();
        Login joao = TestAccounts.newPerson("João Silva");
        relationship(joao, ana);

        joao.given()
                .get(PROFILE, ana.id())
                .then()
                .statusCode(200)
                .body("relation", equalTo("MENTORING_PARTNER"))
                .body("visibleGroups", hasItem("BIO"))
                .body("visibleGroups", hasItem("INTERESTS"))
                .body("bio", equalTo("First year at a school in Almada."));
        ana.given().get(PROFILE, joao.id()).then().statusCode(200).body("relation", equalTo("MENTORING_PARTNER"));
    }

    @Test
    void the_mentees_of_one_group_and_joined_peers_are_mentoring_partners_and_an_invitee_is_not_yet() {
        Login ana = withBioForMentoringPartners();
        Login bea = TestAccounts.newPerson();
        Login joao = TestAccounts.newPerson();
        String offer = MentoringFixtures.groupOffer(joao, 3);
        MentoringFixtures.joinGroup(joao, ana, offer);
        MentoringFixtures.joinGroup(joao, bea, offer);
        Login cat = TestAccounts.newPerson();
        String peers = MentoringFixtures.peerGroup(cat, ana);

        bea.given().get(PROFILE, ana.id()).then().statusCode(200).body("relation", equalTo("MENTORING_PARTNER"));
        cat.given().get(PROFILE, ana.id()).then().body("$", not(org.hamcrest.Matchers.hasKey("bio")));

        ana.given().post(MentoringFixtures.PARTICIPATION, peers).then().statusCode(200);

        cat.given().get(PROFILE, ana.id()).then().body("relation", equalTo("MENTORING_PARTNER"));
    }

    @Test
    void a_coalition_member_and_a_stranger_do_not() {
        Login ana = withBioForMentoringPartners();
        Login joao = TestAccounts.newPerson();
        relationship(joao, ana);
        Login peer = TestAccounts.newPerson();
        ProfilesTest.sameCoalition(ana, peer);

        peer.given()
                .get(PROFILE, ana.id())
                .then()
                .statusCode(200)
                .body("relation", equalTo("COALITION_MEMBER"))
                .body("visibleGroups", containsInAnyOrder("INTERESTS"))
                .body("$", not(org.hamcrest.Matchers.hasKey("bio")));
        TestAccounts.newPerson()
                .given()
                .get(PROFILE, ana.id())
                .then()
                .statusCode(200)
                .body("relation", equalTo("MEMBER"))
                .body("$", not(org.hamcrest.Matchers.hasKey("bio")));
    }

    @Test
    void a_paused_relationship_still_counts_an_ended_one_no_longer_does() {
        Login ana = withBioForMentoringPartners();
        Login joao = TestAccounts.newPerson();
        String id = relationship(joao, ana);

        changeStatus(ana, id, Map.of("status", "PAUSED")).then().statusCode(200);
        joao.given().get(PROFILE, ana.id()).then().body("relation", equalTo("MENTORING_PARTNER"));

        changeStatus(ana, id, Map.of("status", "COMPLETED")).then().statusCode(200);
        joao.given()
                .get(PROFILE, ana.id())
                .then()
                .body("relation", equalTo("MEMBER"))
                .body("$", not(org.hamcrest.Matchers.hasKey("bio")));
    }
}
