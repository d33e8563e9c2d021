package eu.loopmentoring.api.platform.problem;

import java.net.URI;

/**
 * Every kind of problem the API answers with. The {@code type} URIs are stable: clients may
 * switch on them. Titles are the same for every occurrence; the detail says what to fix.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "The request could not be read"),
    VALIDATION_FAILED(400, "validation-failed", "The request is not valid"),
    INVALID_CURSOR(400, "invalid-cursor", "The cursor is not valid for this collection"),
    UNAUTHORIZED(401, "unauthorized", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "The token does not allow this"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The object has changed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The idempotency key was used for another request"),
    RULE_VIOLATED(422, "rule-violated", "The request breaks a rule"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "request-header-fields-too-large", "The request headers are too large"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is unavailable");

    public static final String BASE = "https://loopmentoring.eu/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
