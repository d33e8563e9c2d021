package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Offers, requests, proposals and relationships over HTTP, for the mentoring tests and others. */
public final class MentoringFixtures {

    public static final String OFFERS = "/api/v1/mentor-offers";
    public static final String OFFER = "/api/v1/mentor-offers/{offerId}";
    public static final String REQUESTS = "/api/v1/mentoring-requests";
    public static final String REQUEST = "/api/v1/mentoring-requests/{requestId}";
    public static final String WITHDRAWAL = "/api/v1/mentoring-requests/{requestId}/withdrawal";
    public static final String PROPOSALS = "/api/v1/mentoring-proposals";
    public static final String PROPOSAL = "/api/v1/mentoring-proposals/{proposalId}";
    public static final String RESPONSES = "/api/v1/mentoring-proposals/{proposalId}/responses";
    public static final String RELATIONSHIPS = "/api/v1/mentoring-relationships";
    public static final String RELATIONSHIP = "/api/v1/mentoring-relationships/{relationshipId}";
    public static final String STATUS_CHANGES = "/api/v1/mentoring-relationships/{relationshipId}/status-changes";
    public static final String AGREEMENT = "/api/v1/mentoring-relationships/{relationshipId}/agreement";
    public static final String CONFIRMATION = "/api/v1/mentoring-relationships/{relationshipId}/agreement/confirmation";
    public static final String GOALS = "/api/v1/mentoring-relationships/{relationshipId}/goals";
    public static final String GOAL = "/api/v1/mentoring-relationships/{relationshipId}/goals/{goalId}";
    public static final String SESSIONS = "/api/v1/mentoring-relationships/{relationshipId}/sessions";
    public static final String SESSION = "/api/v1/mentoring-relationships/{relationshipId}/sessions/{sessionId}";
    public static final String PRIVATE_NOTE =
            "/api/v1/mentoring-relationships/{relationshipId}/sessions/{sessionId}/private-note";
    public static final String TASKS = "/api/v1/mentoring-relationships/{relationshipId}/tasks";
    public static final String TASK = "/api/v1/mentoring-relationships/{relationshipId}/tasks/{taskId}";
    public static final String COMMENTS = "/api/v1/mentoring-relationships/{relationshipId}/tasks/{taskId}/comments";
    public static final String CHECK_INS = "/api/v1/mentoring-relationships/{relationshipId}/check-ins";
    public static final String MY_FEEDBACK = "/api/v1/mentoring-relationships/{relationshipId}/feedback/me";
    public static final String NOTIFICATIONS = "/api/v1/me/notifications";
    public static final String READ = "/api/v1/me/notifications/{notificationId}/read";
    public static final String PARTICIPATION = "/api/v1/mentoring-relationships/{relationshipId}/participation";
    public static final String PARTICIPANT = "/api/v1/mentoring-relationships/{relationshipId}/participants/{personId}";
    public static final String PROBLEMS = "https://loopmentoring.eu/problems/";

    private MentoringFixtures() {}

    public static Map<String, Object> offerBody(int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("capacity", capacity);
        body.put(
                "expertise",
                Map.of(
                        "profileDimensions", List.of("PEDAGOGICAL_CONCEPTIONS"),
                        "subjects", List.of("mathematics"),
                        "schoolLevels", List.of("ISCED_2"),
                        "schoolDimensions", List.of("PEDAGOGICAL_PRACTICES")));
        body.put("languages", List.of("pt", "en"));
        body.put("formats", List.of("ONE_TO_ONE"));
        body.put("modes", List.of("ONLINE"));
        return body;
    }

    public static String offer(Login mentor, int capacity) {
        return offer(mentor, offerBody(capacity));
    }

    /** The one way the tests create an offer: {@code body} is usually {@link #offerBody} with changes. */
    public static String offer(Login mentor, Map<String, Object> body) {
        return mentor.given()
                .contentType("application/json")
                .header("Idempotency-Key", "offer-" + UUID.randomUUID())
                .body(body)
                .post(OFFERS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> requestBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("goals", "Keep a class of 28 working without shouting.");
        body.put("languages", List.of("pt"));
        return body;
    }

    public static String request(Login mentee) {
        return request(mentee, requestBody());
    }

    /** The one way the tests create a request: {@code body} is usually {@link #requestBody} with changes. */
    public static String request(Login mentee, Map<String, Object> body) {
        return mentee.given()
                .contentType("application/json")
                .body(body)
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response propose(Login proposer, String requestId, String offerId) {
        return proposer.given()
                .contentType("application/json")
                .body(Map.of("requestId", requestId, "offerId", offerId))
                .post(PROPOSALS);
    }

    /** The mentee chooses the offer: a pending proposal waiting for the mentor. */
    public static String proposal(Login mentee, String offerId) {
        return propose(mentee, request(mentee), offerId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response answer(Login person, String proposalId, String answer) {
        return answer(person, proposalId, Map.of("answer", answer));
    }

    public static Response answer(Login person, String proposalId, Map<String, ?> body) {
        return person.given().contentType("application/json").body(body).post(RESPONSES, proposalId);
    }

    /** A running relationship between the two, made the way people make it. */
    public static String relationship(Login mentor, Login mentee) {
        String proposal = proposal(mentee, offer(mentor, 2));
        return answer(mentor, proposal, "ACCEPT")
                .then()
                .statusCode(200)
                .extract()
                .path("relationshipId");
    }

    /** An offer of one-to-one and group mentoring. */
    public static String groupOffer(Login mentor, int capacity) {
        Map<String, Object> body = offerBody(capacity);
        body.put("formats", List.of("ONE_TO_ONE", "GROUP"));
        return mentor.given()
                .contentType("application/json")
                .header("Idempotency-Key", "offer-" + UUID.randomUUID())
                .body(body)
                .post(OFFERS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The mentee asks for group mentoring with the offer, which is proposed to the mentor. */
    public static String groupProposal(Login mentee, String offerId) {
        return propose(mentee, groupRequest(mentee), offerId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A request for group mentoring, in the pool. */
    public static String groupRequest(Login mentee) {
        Map<String, Object> body = requestBody();
        body.put("format", "GROUP");
        return mentee.given()
                .contentType("application/json")
                .body(body)
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The mentee joins the mentor's group for the offer (starting it if there is none); its id. */
    public static String joinGroup(Login mentor, Login mentee, String offerId) {
        return answer(mentor, groupProposal(mentee, offerId), "ACCEPT")
                .then()
                .statusCode(200)
                .extract()
                .path("relationshipId");
    }

    /** A peer group the creator started with the invitees, nobody joined yet. */
    public static String peerGroup(Login creator, Login... invitees) {
        return creator.given()
                .contentType("application/json")
                .header("Idempotency-Key", "peers-" + UUID.randomUUID())
                .body(Map.of(
                        "inviteeIds",
                        java.util.Arrays.stream(invitees).map(Login::id).toList()))
                .post(RELATIONSHIPS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response leave(Login person, String relationshipId, Login leaving) {
        String etag = person.given()
                .get(RELATIONSHIP, relationshipId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return person.given().header("If-Match", etag).delete(PARTICIPANT, relationshipId, leaving.id());
    }

    /**
     * Mentoring data of {@code person} with {@code other} in every table: {@code person} is the
     * mentee of a running relationship with {@code other}, and has an offer of their own that a
     * request of {@code other}'s is pending on. Returns the relationship's id.
     */
    public static String footprint(Login person, Login other) {
        String relationship = relationship(other, person);
        String ownOffer = offer(person, 1);
        propose(other, request(other), ownOffer).then().statusCode(201);
        return relationship;
    }

    public static Map<String, Object> agreementBody(String goal) {
        return Map.of(
                "goals",
                List.of(Map.of("description", goal, "targetDate", "2027-03-15")),
                "expectedDurationMonths",
                6,
                "meetingFrequency",
                "FORTNIGHTLY",
                "checkInIntervalWeeks",
                4);
    }

    public static Response putAgreement(Login person, String relationshipId, String ifMatch, String goal) {
        var request = person.given().contentType("application/json").body(agreementBody(goal));
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).put(AGREEMENT, relationshipId);
    }

    /** The mentee proposes the agreement, both confirm it. */
    public static void confirmedAgreement(Login mentor, Login mentee, String relationshipId) {
        putAgreement(mentee, relationshipId, null, "Exit tickets in every lesson")
                .then()
                .statusCode(200);
        mentor.given()
                .header("If-Match", "\"0\"")
                .post(CONFIRMATION, relationshipId)
                .then()
                .statusCode(200);
        mentee.given()
                .header("If-Match", "\"1\"")
                .post(CONFIRMATION, relationshipId)
                .then()
                .statusCode(200);
    }

    public static Map<String, Object> checkInBody() {
        return Map.of(
                "progressOnGoals", 4,
                "usefulMeetings", 5,
                "feelSupported", 4,
                "goodCommunication", 3,
                "comment", "Fix the meeting day.");
    }

    public static String goal(Login person, String relationshipId, String title) {
        return person.given()
                .contentType("application/json")
                .body(Map.of("title", title, "targetDate", "2027-01-31"))
                .post(GOALS, relationshipId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A session held a week ago with shared notes. */
    public static String heldSession(Login person, String relationshipId, String sharedNotes) {
        return person.given()
                .contentType("application/json")
                .body(Map.of(
                        "startsAt",
                        java.time.Instant.now()
                                .minus(java.time.Duration.ofDays(7))
                                .toString(),
                        "durationMinutes",
                        45,
                        "status",
                        "HELD",
                        "sharedNotes",
                        sharedNotes))
                .post(SESSIONS, relationshipId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String task(Login person, String relationshipId, Map<String, ?> body) {
        return person.given()
                .contentType("application/json")
                .body(body)
                .post(TASKS, relationshipId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response putPrivateNote(Login person, String relationshipId, String sessionId, String text) {
        return person.given()
                .contentType("application/json")
                .body(Map.of("text", text))
                .put(PRIVATE_NOTE, relationshipId, sessionId);
    }

    /**
     * Inside a relationship of {@code person} with {@code other}: an agreement, a goal, a held
     * session with shared notes and a task assigned to themselves with a comment, all by
     * {@code person}, and their private note on the session. Returns the session's id.
     */
    public static String insideFootprint(Login person, String relationshipId) {
        putAgreement(person, relationshipId, null, "Keep a class of 28 working without shouting.")
                .then()
                .statusCode(200);
        goal(person, relationshipId, "Exit tickets in every lesson");
        String session = heldSession(person, relationshipId, "We tried the seating plan.");
        putPrivateNote(person, relationshipId, session, "Private note of " + person.id())
                .then()
                .statusCode(200);
        String task = task(person, relationshipId, Map.of("title", "Try the entry routine", "assigneeId", person.id()));
        person.given()
                .contentType("application/json")
                .body(Map.of("text", "Done twice."))
                .post(COMMENTS, relationshipId, task)
                .then()
                .statusCode(201);
        return session;
    }

    /** A completed relationship of {@code person} (mentee) with a new mentor, with {@code person}'s feedback. */
    public static String completedWithFeedback(Login person, Login mentor) {
        String relationship = relationship(mentor, person);
        changeStatus(person, relationship, Map.of("status", "COMPLETED")).then().statusCode(200);
        person.given()
                .contentType("application/json")
                .body(Map.of("rating", 4, "text", "Feedback of " + person.id()))
                .put(MY_FEEDBACK, relationship)
                .then()
                .statusCode(200);
        return relationship;
    }

    public static Response changeStatus(Login person, String relationshipId, Map<String, ?> body) {
        return person.given().contentType("application/json").body(body).post(STATUS_CHANGES, relationshipId);
    }
}
