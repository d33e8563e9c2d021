package eu.loopmentoring.api.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The only way tests talk HTTP: every request and response is checked against the committed
 * OpenAPI document. Tests that send a deliberately invalid request say so with
 * {@link #givenInvalidRequest()}; the response is still checked. Requests to routes the document
 * does not declare use {@link #givenUndeclaredRoute()}: the answer must still be a Problem.
 */
public final class Api {

    public static final String DOCUMENT = "eu/loopmentoring/openapi/loop-v1.yaml";

    private static final URL DOCUMENT_URL =
            Objects.requireNonNull(Api.class.getClassLoader().getResource(DOCUMENT), DOCUMENT);

    private static final Filter STRICT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT_URL.toString())
                    .build());

    private static final Filter RESPONSE_ONLY =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT_URL.toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Filter PROBLEM_ONLY = new ProblemSchemaFilter(DOCUMENT_URL);

    private Api() {}

    /** The committed contract, parsed. */
    public static JsonNode committedDocument() {
        try (InputStream in = DOCUMENT_URL.openStream()) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A response's JSON body, read with Jackson: cheaper than RestAssured's JsonPath, which compiles a
     * Groovy script for every lookup, in loops that send many requests.
     */
    public static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.asString(), e);
        }
    }

    public static RequestSpecification given() {
        return RestAssured.given().filter(STRICT);
    }

    /**
     * A form-encoded request, its body written out so that the contract validator sees it (it does
     * not see REST Assured's formParam). Fields are given as name, value, name, value...
     */
    public static RequestSpecification givenForm(String... namesAndValues) {
        return form(given(), namesAndValues);
    }

    public static RequestSpecification form(RequestSpecification request, String... namesAndValues) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return request.contentType("application/x-www-form-urlencoded").body(body.toString());
    }

    public static RequestSpecification givenInvalidRequest() {
        return RestAssured.given().filter(RESPONSE_ONLY);
    }

    public static RequestSpecification givenUndeclaredRoute() {
        return RestAssured.given().filter(PROBLEM_ONLY);
    }

    /** Quarkus' operational endpoints under /q (health, metrics, the document itself): outside the contract. */
    public static RequestSpecification givenOperationsEndpoint() {
        return RestAssured.given();
    }
}
