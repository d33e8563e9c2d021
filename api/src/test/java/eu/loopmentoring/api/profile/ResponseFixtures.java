package eu.loopmentoring.api.profile;

import eu.loopmentoring.api.support.TestAccounts.Login;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answering the profile questionnaire and giving consent through the API, for any test. */
public final class ResponseFixtures {

    public static final String RESPONSES = "/api/v1/me/questionnaire-responses";
    public static final String CONSENTS = "/api/v1/me/consents";
    public static final String CONSENT = "/api/v1/me/consents/{purpose}";

    private ResponseFixtures() {}

    public static void giveConsent(Login who, String purpose) {
        String version = who.given()
                .get(CONSENTS)
                .then()
                .extract()
                .path("purposes.find { it.purpose == '" + purpose + "' }.currentText.version");
        who.given()
                .contentType("application/json")
                .body(Map.of("textVersion", version))
                .put(CONSENT, purpose)
                .then()
                .statusCode(200);
    }

    public static Response submit(Login who, Map<String, Object> body) {
        Map<String, Object> submission = new HashMap<>(body);
        submission.put("submit", true);
        return who.given().contentType("application/json").body(submission).post(RESPONSES);
    }

    public static String currentId(Login who) {
        return who.given()
                .get("/api/v1/questionnaires/current")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /**
     * Answers to every required item of the current version: {@code likert} on Likert items, the
     * first option of choice items, and {@code extra} answers besides; the development areas item
     * chooses classroom management.
     */
    public static Map<String, Object> answers(Login who, int likert, List<Map<String, Object>> extra) {
        JsonPath questionnaire = who.given()
                .get("/api/v1/questionnaires/current")
                .then()
                .extract()
                .jsonPath();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> item : questionnaire.<Map<String, Object>>getList("sections.items.flatten()")) {
            String key = (String) item.get("key");
            if (key.equals("tn-development-areas")) {
                answers.add(Map.of("itemKey", key, "choices", List.of("classroom-management")));
            }
            if (!Boolean.TRUE.equals(item.get("required"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) item.get("options");
            switch ((String) item.get("kind")) {
                case "LIKERT" -> answers.add(Map.of("itemKey", key, "likert", likert));
                case "SINGLE_CHOICE" ->
                    answers.add(Map.of(
                            "itemKey",
                            key,
                            "choice",
                            options.get(likert % options.size()).get("value")));
                case "MULTIPLE_CHOICE" ->
                    answers.add(Map.of(
                            "itemKey", key, "choices", List.of(options.get(0).get("value"))));
                default -> answers.add(Map.of("itemKey", key, "text", "An answer in my own words."));
            }
        }
        answers.addAll(extra);
        return Map.of("questionnaireId", questionnaire.getString("id"), "answers", answers);
    }
}
