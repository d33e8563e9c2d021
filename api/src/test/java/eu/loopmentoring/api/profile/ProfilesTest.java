package eu.loopmentoring.api.profile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.PartnerClients.Client;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfilesTest {

    static final String MY_PROFILE = "/api/v1/me/profile";
    static final String PROFILE = "/api/v1/profiles/{personId}";

    @Nested
    class TheOwner {

        @Test
        void starts_with_an_empty_private_leaning_profile_at_version_0() {
            Login ana = TestAccounts.newPerson("Ana Costa");

            ana.given()
                    .get(MY_PROFILE)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .header("Cache-Control", "no-store")
                    .body("personId", equalTo(ana.id()))
                    .body("displayName", equalTo("Ana Costa"))
                    .body("version", equalTo(0))
                    .body("professionalBackground.country", equalTo("PT"))
                    .body("professionalBackground.subjects", empty())
                    .body("trainingNeeds.ownChoices", empty())
                    .body("visibility.trainingNeeds", equalTo("PRIVATE"))
                    .body("visibility.bio", equalTo("MENTORING_PARTNERS"));
        }

        @Test
        void fills_in_the_profile_and_reads_back_what_was_saved() {
            Login ana = TestAccounts.newPerson();

            Response changed = change(ana, "\"0\"", fullProfile());

            changed.then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("professionalBackground.careerStage", equalTo("INDUCTION"))
                    .body("professionalBackground.yearsOfExperience", equalTo(1))
                    .body("professionalBackground.subjects", containsInAnyOrder("mathematics", "physics"))
                    .body("professionalBackground.schoolLevels", containsInAnyOrder("ISCED_2", "ISCED_3"))
                    .body("professionalBackground.country", equalTo("FI"))
                    .body("languages.language", contains("fi", "en"))
                    .body("languages[0].motherTongue", equalTo(true))
                    .body("languages[1].level", equalTo("C1"))
                    .body("interests", contains("digital-pedagogy", "assessment-for-learning"))
                    .body("trainingNeeds.ownChoices", contains("classroom-management"))
                    .body("availability.timeZone", equalTo("Europe/Helsinki"))
                    .body("availability.weeklySlots[0].from", equalTo("16:00"))
                    .body("bio", equalTo("Mathematics teacher in my first year, in Tampere."))
                    .body("mentoringPreferences", contains("SEEKS_MENTOR", "PEER_LEARNING"))
                    .body("visibility.interests", equalTo("ALL_MEMBERS"))
                    .body("visibility.languages", equalTo("MENTORING_PARTNERS"))
                    .body("updatedAt", not(nullValue()));
            ana.given()
                    .get(MY_PROFILE)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("bio", equalTo("Mathematics teacher in my first year, in Tampere."))
                    .body("availability.weeklySlots.day", contains("TUESDAY", "THURSDAY"));
        }

        @Test
        void changes_only_what_is_present_and_clears_the_bio_with_an_empty_text() {
            Login ana = TestAccounts.newPerson();
            change(ana, "\"0\"", fullProfile()).then().statusCode(200);

            change(ana, "\"1\"", Map.of("bio", "", "professionalBackground", Map.of("careerStage", "EARLY_CAREER")))
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("bio", nullValue())
                    .body("professionalBackground.careerStage", equalTo("EARLY_CAREER"))
                    .body("professionalBackground.yearsOfExperience", equalTo(1))
                    .body("interests", contains("digital-pedagogy", "assessment-for-learning"));
        }

        @Test
        void needs_the_current_version_in_if_match() {
            Login ana = TestAccounts.newPerson();

            ana.given()
                    .contentType("application/json")
                    .body(Map.of("bio", "No If-Match"))
                    .patch(MY_PROFILE)
                    .then()
                    .statusCode(428);
            change(ana, "\"0\"", Map.of("bio", "first")).then().statusCode(200);
            change(ana, "\"0\"", Map.of("bio", "second, from a stale read"))
                    .then()
                    .statusCode(412);
            ana.given().get(MY_PROFILE).then().body("bio", equalTo("first"));
        }

        @Test
        void gets_every_invalid_field_named() {
            Login ana = TestAccounts.newPerson();
            Map<String, Object> invalid = new HashMap<>();
            invalid.put("interests", List.of("Digital Pedagogy"));
            invalid.put("professionalBackground", Map.of("yearsOfExperience", 61, "country", "pt"));

            changeInvalid(ana, "\"0\"", invalid)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(
                            "violations.field",
                            containsInAnyOrder(
                                    "interests",
                                    "professionalBackground.yearsOfExperience",
                                    "professionalBackground.country"));
            changeInvalid(ana, "\"0\"", Map.of("visibility", Map.of("bio", "EVERYONE")))
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("visibility.bio"))
                    .body("violations[0].message", containsString("ALL_MEMBERS"));
        }

        @Test
        void gets_availability_and_language_mistakes_named() {
            Login ana = TestAccounts.newPerson();
            Map<String, Object> body = Map.of(
                    "languages",
                    List.of(Map.of("language", "pt", "level", "C2"), Map.of("language", "pt", "level", "B1")),
                    "availability",
                    Map.of(
                            "hoursPerMonth",
                            4,
                            "timeZone",
                            "Mars/Olympus",
                            "weeklySlots",
                            List.of(Map.of("day", "MONDAY", "from", "18:00", "to", "17:00"))));

            change(ana, "\"0\"", Map.of("languages", body.get("languages")))
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("languages[1].language"));
            change(ana, "\"0\"", Map.of("availability", body.get("availability")))
                    .then()
                    .statusCode(400)
                    .body(
                            "violations.field",
                            containsInAnyOrder("availability.timeZone", "availability.weeklySlots[0]"));
            ana.given().get(MY_PROFILE).then().header("ETag", "\"0\"");
        }

        @Test
        void cannot_assign_someone_else_s_identity_or_a_version() {
            Login ana = TestAccounts.newPerson();

            changeInvalid(ana, "\"0\"", Map.of("personId", UUID.randomUUID().toString(), "version", 40))
                    .then()
                    .statusCode(400);
            ana.given()
                    .get(MY_PROFILE)
                    .then()
                    .body("personId", equalTo(ana.id()))
                    .body("version", equalTo(0));
        }
    }

    @Nested
    class OtherViewers {

        @Test
        void a_member_who_shares_nothing_with_the_owner_sees_only_what_is_shown_to_all_members() {
            Login ana = TestAccounts.newPerson("Ana Costa");
            change(ana, "\"0\"", fullProfile()).then().statusCode(200);

            TestAccounts.newPerson()
                    .given()
                    .get(PROFILE, ana.id())
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("displayName", equalTo("Ana Costa"))
                    .body("relation", equalTo("MEMBER"))
                    .body("visibleGroups", containsInAnyOrder("INTERESTS", "MENTORING_PREFERENCES"))
                    .body("interests", contains("digital-pedagogy", "assessment-for-learning"))
                    .body("$", not(org.hamcrest.Matchers.hasKey("bio")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("professionalBackground")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("trainingNeeds")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("availability")));
        }

        @Test
        void a_member_of_a_coalition_with_the_owner_also_sees_what_is_shown_to_coalition_members() {
            Login ana = TestAccounts.newPerson();
            change(ana, "\"0\"", fullProfile()).then().statusCode(200);
            Login joao = TestAccounts.newPerson();
            sameCoalition(ana, joao);

            joao.given()
                    .get(PROFILE, ana.id())
                    .then()
                    .statusCode(200)
                    .body("relation", equalTo("COALITION_MEMBER"))
                    .body(
                            "visibleGroups",
                            containsInAnyOrder("INTERESTS", "MENTORING_PREFERENCES", "PROFESSIONAL_BACKGROUND"))
                    .body("professionalBackground.careerStage", equalTo("INDUCTION"))
                    .body("$", not(org.hamcrest.Matchers.hasKey("languages")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("trainingNeeds")));
        }

        @Test
        void the_owner_sees_everything_through_the_same_endpoint() {
            Login ana = TestAccounts.newPerson();
            change(ana, "\"0\"", fullProfile()).then().statusCode(200);

            ana.given()
                    .get(PROFILE, ana.id())
                    .then()
                    .statusCode(200)
                    .body("relation", equalTo("OWNER"))
                    .body("visibleGroups.size()", equalTo(11))
                    .body("trainingNeeds.ownChoices", contains("classroom-management"));
        }

        @Test
        void nobody_finds_a_profile_of_a_person_who_does_not_exist() {
            TestAccounts.newPerson()
                    .given()
                    .get(PROFILE, UUID.randomUUID())
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }

        @Test
        void nobody_can_change_another_person_s_profile() {
            Login ana = TestAccounts.newPerson();
            change(ana, "\"0\"", Map.of("bio", "Mine")).then().statusCode(200);

            // The only way to change a profile is /me/profile: a stranger changes their own.
            Login stranger = TestAccounts.newPerson();
            change(stranger, "\"0\"", Map.of("bio", "Not Ana's")).then().statusCode(200);

            ana.given().get(MY_PROFILE).then().body("bio", equalTo("Mine")).header("ETag", "\"1\"");
        }
    }

    @Nested
    class PartnerClientsOfTheOwnersOrganisation {

        @Test
        void see_only_the_groups_shown_to_all_members() {
            Login ana = TestAccounts.newPerson();
            change(ana, "\"0\"", fullProfile()).then().statusCode(200);
            String token = clientToken(PartnerClients.organization(ana), "profiles:read");

            PartnerClients.as(token)
                    .get(PROFILE, ana.id())
                    .then()
                    .statusCode(200)
                    .body("relation", equalTo("PARTNER_CLIENT"))
                    .body("visibleGroups", containsInAnyOrder("INTERESTS", "MENTORING_PREFERENCES"))
                    .body("$", not(org.hamcrest.Matchers.hasKey("professionalBackground")));
        }

        @Test
        void find_no_profile_of_a_person_outside_their_organisation() {
            Login ana = TestAccounts.newPerson();
            change(ana, "\"0\"", fullProfile()).then().statusCode(200);
            String token = clientToken(PartnerClients.organization(TestAccounts.newPerson()), "profiles:read");

            PartnerClients.as(token).get(PROFILE, ana.id()).then().statusCode(404);
        }

        @Test
        void need_the_profiles_read_scope() {
            Login ana = TestAccounts.newPerson();
            String token = clientToken(PartnerClients.organization(ana), "resources:read");

            PartnerClients.as(token).get(PROFILE, ana.id()).then().statusCode(403);
        }

        @Test
        void have_no_profile_of_their_own() {
            String token = clientToken(PartnerClients.organization(TestAccounts.newPerson()), "profiles:read");

            PartnerClients.as(token).get(MY_PROFILE).then().statusCode(403);
        }

        private String clientToken(String organizationId, String scope) {
            Client client = PartnerClients.client(TestAccounts.administrator(), organizationId, scope);
            return PartnerClients.accessToken(client, scope);
        }
    }

    static Response change(Login who, String ifMatch, Map<String, ?> changes) {
        return who.given()
                .contentType("application/json")
                .header("If-Match", ifMatch)
                .body(changes)
                .patch(MY_PROFILE);
    }

    /** A change the contract itself forbids: only the response is checked against the document. */
    static Response changeInvalid(Login who, String ifMatch, Map<String, ?> changes) {
        return Api.givenInvalidRequest()
                .auth()
                .oauth2(who.accessToken())
                .contentType("application/json")
                .header("If-Match", ifMatch)
                .body(changes)
                .patch(MY_PROFILE);
    }

    /** A first-year teacher's profile, with interests and mentoring preferences shown to all members. */
    static Map<String, Object> fullProfile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put(
                "professionalBackground",
                Map.of(
                        "careerStage",
                        "INDUCTION",
                        "yearsOfExperience",
                        1,
                        "subjects",
                        List.of("mathematics", "physics"),
                        "schoolLevels",
                        List.of("ISCED_2", "ISCED_3"),
                        "country",
                        "FI"));
        profile.put(
                "languages",
                List.of(
                        Map.of("language", "fi", "level", "C2", "motherTongue", true),
                        Map.of("language", "en", "level", "C1")));
        profile.put("interests", List.of("digital-pedagogy", "assessment-for-learning"));
        profile.put("ownTrainingNeeds", List.of("classroom-management"));
        profile.put(
                "availability",
                Map.of(
                        "hoursPerMonth",
                        6,
                        "timeZone",
                        "Europe/Helsinki",
                        "weeklySlots",
                        List.of(
                                Map.of("day", "TUESDAY", "from", "16:00", "to", "18:00"),
                                Map.of("day", "THURSDAY", "from", "15:30", "to", "17:00"))));
        profile.put("bio", "Mathematics teacher in my first year, in Tampere.");
        profile.put("mentoringPreferences", List.of("SEEKS_MENTOR", "PEER_LEARNING"));
        profile.put(
                "visibility",
                Map.of(
                        "interests", "ALL_MEMBERS",
                        "mentoringPreferences", "ALL_MEMBERS",
                        "professionalBackground", "COALITION_MEMBERS"));
        return profile;
    }

    /** {@code owner} founds an open coalition and {@code other} joins it. */
    static void sameCoalition(Login owner, Login other) {
        String coalition = owner.given()
                .contentType("application/json")
                .body(Map.of("name", "Peers " + UUID.randomUUID(), "admission", "OPEN"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        other.given()
                .post("/api/v1/coalitions/{id}/memberships", coalition)
                .then()
                .statusCode(201);
    }
}
