package eu.loopmentoring.api.questionnaire;

import eu.loopmentoring.api.support.PartnerClients;
import eu.loopmentoring.api.support.TestAccounts;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** The seeded version 1, drafts made through the API, and a partner's API client. */
final class QuestionnaireFixtures {

    static final String PROBLEMS = "https://loopmentoring.eu/problems/";
    static final String QUESTIONNAIRES = "/api/v1/questionnaires";
    static final String CURRENT = "/api/v1/questionnaires/current";
    static final String QUESTIONNAIRE = "/api/v1/questionnaires/{questionnaireId}";
    static final String PUBLICATION = "/api/v1/questionnaires/{questionnaireId}/publication";
    static final String PREVIEW = "/api/v1/questionnaires/{questionnaireId}/scoring-preview";
    /** Version 1, seeded by the Liquibase changelog. */
    static final String V1 = "7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f4a51";

    private QuestionnaireFixtures() {}

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    /** A draft copied from version 1; returns its id and ETag. */
    static Draft draftFromV1(TestAccounts.Login admin, String title) {
        io.restassured.response.Response created = admin.given()
                .contentType("application/json")
                .body(body("basedOn", V1, "title", title))
                .post(QUESTIONNAIRES);
        created.then().statusCode(201);
        return new Draft(created.path("id"), created.header("ETag"));
    }

    record Draft(String id, String etag) {}

    /** The content of a questionnaire as read, ready to be sent back in a PUT. */
    static Map<String, Object> contentOf(JsonPath read) {
        return body(
                "title", read.getString("title"),
                "introduction", read.getString("introduction"),
                "language", read.getString("language"),
                "sections", read.getList("sections"));
    }

    static Map<String, Object> likert(String key, String text) {
        return body("key", key, "kind", "LIKERT", "text", text, "required", false, "scored", true);
    }

    static Map<String, Object> answer(String itemKey, String kind, Object value) {
        return body("itemKey", itemKey, kind, value);
    }

    /** An API client of a new organisation, with an access token (no scope). */
    static RequestSpecification apiClient() {
        String organization = PartnerClients.organization(TestAccounts.newPerson());
        PartnerClients.Client client =
                PartnerClients.client(TestAccounts.administrator(), organization, "organizations:read");
        return PartnerClients.as(PartnerClients.accessToken(client, null));
    }
}
