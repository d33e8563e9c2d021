package eu.loopmentoring.api.privacy;

import eu.loopmentoring.api.profile.ResponseFixtures;
import eu.loopmentoring.api.resource.ResourceFixtures;
import eu.loopmentoring.api.support.Api;
import eu.loopmentoring.api.support.TestAccounts;
import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** People with personal data in every place the API reaches, for the erasure and export tests. */
public final class PrivacyFixtures {

    static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    static final String ME = "/api/v1/me";
    public static final String EXPORT = "/api/v1/me/export";
    static final String MY_PROFILE = "/api/v1/me/profile";
    static final String PROFILE = "/api/v1/profiles/{personId}";
    static final String COALITIONS = "/api/v1/coalitions";
    static final String COALITION = "/api/v1/coalitions/{coalitionId}";
    static final String COALITION_MEMBERSHIPS = "/api/v1/coalitions/{coalitionId}/memberships";
    static final String ORGANIZATION = "/api/v1/organizations/{organizationId}";
    static final String ORGANIZATION_MEMBERSHIPS = "/api/v1/organizations/{organizationId}/memberships";
    static final String ROLES = "/api/v1/admin/users/{userId}/platform-roles";

    private PrivacyFixtures() {}

    /** What a person put into the platform, by id. */
    record Footprint(
            Login person,
            String bio,
            String ownOrganizationId,
            String invitedToOrganizationId,
            String foundedCoalitionId,
            String joinedCoalitionId,
            String responseId,
            String answerText,
            Resources resources) {}

    /** What a person did in the resource bank: their draft, their published resource, and the other's resource they reviewed, used and reported. */
    record Resources(String draftId, String publishedId, String reviewedId) {}

    /** Registers with an Idempotency-Key (the answer, with the email, is remembered) and logs in. */
    static Login register(String displayName) {
        String email = "privacy-" + UUID.randomUUID() + "@tests.loopmentoring.eu";
        Api.given()
                .contentType("application/json")
                .header("Idempotency-Key", "register-" + UUID.randomUUID())
                .body(Map.of(
                        "email",
                        email,
                        "password",
                        TestAccounts.PASSWORD,
                        "displayName",
                        displayName,
                        "country",
                        "PT",
                        "preferredLanguage",
                        "pt"))
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);
        return TestAccounts.login(email, TestAccounts.PASSWORD);
    }

    /**
     * {@code person} gets data everywhere the API reaches: a failed login (throttle counter, audit
     * event with an address), a profile, an organisation they coordinate, an invitation into
     * {@code other}'s organisation (sent with an Idempotency-Key), a coalition they found (with an
     * Idempotency-Key) which {@code other} joins, a membership in {@code other}'s coalition,
     * consent to keep their motivation answers, a submitted questionnaire response with an answer
     * in their own words, and in the resource bank a draft, a published resource that
     * {@code other} reviews, and a review, a use and a report of {@code other}'s published resource.
     */
    static Footprint footprint(Login person, Login other) {
        password(person.email(), "not the right password", someAddress()).then().statusCode(400);

        String bio = "Bio of " + person.id();
        person.given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("bio", bio, "interests", List.of("digital-pedagogy")))
                .patch(MY_PROFILE)
                .then()
                .statusCode(200);

        String ownOrganization = organization(person);
        String othersOrganization = organization(other);
        other.given()
                .contentType("application/json")
                .header("Idempotency-Key", "invite-" + UUID.randomUUID())
                .body(Map.of("role", "TEACHER", "inviteeEmail", person.email()))
                .post(ORGANIZATION_MEMBERSHIPS, othersOrganization)
                .then()
                .statusCode(201);

        String founded = person.given()
                .contentType("application/json")
                .header("Idempotency-Key", "found-" + UUID.randomUUID())
                .body(coalition())
                .post(COALITIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        other.given().post(COALITION_MEMBERSHIPS, founded).then().statusCode(201);

        String othersCoalition = other.given()
                .contentType("application/json")
                .body(coalition())
                .post(COALITIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        person.given().post(COALITION_MEMBERSHIPS, othersCoalition).then().statusCode(201);

        ResponseFixtures.giveConsent(person, "MOTIVATION");
        String answerText = "In my own words, " + person.id();
        String response = ResponseFixtures.submit(
                        person,
                        ResponseFixtures.answers(
                                person,
                                4,
                                List.of(
                                        Map.of("itemKey", "mo-enjoyment", "likert", 5),
                                        Map.of("itemKey", "tn-anything-else", "text", answerText))))
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        return new Footprint(
                person,
                bio,
                ownOrganization,
                othersOrganization,
                founded,
                othersCoalition,
                response,
                answerText,
                resources(person, other));
    }

    static Resources resources(Login person, Login other) {
        Login moderator = ResourceFixtures.moderator();
        String draft = person.given()
                .contentType("application/json")
                .header("Idempotency-Key", "resource-" + UUID.randomUUID())
                .body(ResourceFixtures.content("A draft that goes with its author"))
                .post(ResourceFixtures.RESOURCES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String published = ResourceFixtures.published(person, moderator, "A resource that outlives its author");
        ResourceFixtures.review(other, published, 5, "Very useful.").then().statusCode(200);
        String others = ResourceFixtures.published(other, moderator, "The other's resource");
        ResourceFixtures.review(person, others, 2, "Not for my school.").then().statusCode(200);
        person.given()
                .contentType("application/json")
                .body(Map.of("kind", "COMPLETED"))
                .post(ResourceFixtures.USES, others)
                .then()
                .statusCode(204);
        person.given()
                .contentType("application/json")
                .body(Map.of("category", "INACCURATE", "text", "Outdated figures."))
                .post(ResourceFixtures.REPORTS, others)
                .then()
                .statusCode(201);
        return new Resources(draft, published, others);
    }

    /** {@code coordinator} invites {@code person} into the organisation as a teacher, who accepts. */
    public static void member(Login coordinator, String organizationId, Login person) {
        member(coordinator, organizationId, person, "TEACHER");
    }

    /** {@code coordinator} invites {@code person} into the organisation in {@code role}, which they accept. */
    public static void member(Login coordinator, String organizationId, Login person, String role) {
        String membership = coordinator
                .given()
                .contentType("application/json")
                .body(Map.of("role", role, "inviteeEmail", person.email()))
                .post(ORGANIZATION_MEMBERSHIPS, organizationId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        person.given()
                .post(ORGANIZATION_MEMBERSHIPS + "/{membershipId}/acceptance", organizationId, membership)
                .then()
                .statusCode(200);
    }

    public static String organization(Login who) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "School " + UUID.randomUUID());
        body.put("kind", "SCHOOL");
        body.put("country", "PT");
        return who.given()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> coalition() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Coalition " + UUID.randomUUID().toString().substring(0, 13));
        body.put("description", "A community for the privacy tests.");
        body.put("countries", List.of("PT"));
        body.put("admission", "OPEN");
        return body;
    }

    static Response password(String email, String password, String address) {
        return Api.givenForm("grant_type", "password", "username", email, "password", password)
                .header("X-Forwarded-For", address)
                .post("/api/v1/auth/token");
    }

    static Response refresh(String refreshToken) {
        return Api.givenForm("grant_type", "refresh_token", "refresh_token", refreshToken)
                .post("/api/v1/auth/token");
    }

    /** A client address no other test uses, so that per-address login limits stay out of the way. */
    static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** Makes {@code person} an administrator, as the tests' administrator. */
    static void grantAdministrator(Login person) {
        Login admin = TestAccounts.administrator();
        String etag = admin.given().get(ROLES, person.id()).then().extract().header("ETag");
        admin.given()
                .contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("roles", List.of("ADMINISTRATOR")))
                .put(ROLES, person.id())
                .then()
                .statusCode(200);
    }
}
