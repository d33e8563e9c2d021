package eu.loopmentoring.api.platform.exception;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import eu.loopmentoring.api.platform.http.DeclaredRoutes;
import eu.loopmentoring.api.platform.http.InvalidParameterException;
import eu.loopmentoring.api.platform.problem.OAuthErrors;
import eu.loopmentoring.api.platform.problem.ProblemException;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.api.platform.problem.Problems;
import eu.loopmentoring.api.platform.security.NotAuthenticatedException;
import eu.loopmentoring.domain.shared.AccessDeniedException;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.DomainException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.ObjectNotFoundException;
import eu.loopmentoring.domain.shared.RuleViolationException;
import eu.loopmentoring.domain.shared.StaleVersionException;
import eu.loopmentoring.domain.shared.ThrottledException;
import eu.loopmentoring.domain.shared.VersionRequiredException;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * The one place where exceptions become HTTP answers, always as problem+json. Client errors are
 * logged at debug level, server errors at error level with their correlation id, and no answer
 * carries a stack trace, a class name or SQL.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    /** How long a client waits before retrying during a database outage: about one health check. */
    private static final int RETRY_AFTER_OUTAGE_SECONDS = 5;

    private final ViolationTranslator violations = new ViolationTranslator();
    private final DeclaredRoutes routes;

    ProblemExceptionMapper(DeclaredRoutes routes) {
        this.routes = routes;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return answer(e.type(), e.getMessage(), request, e.violations(), e.headers(), e);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        return switch (e) {
            case ObjectNotFoundException notFound -> answer(ProblemType.NOT_FOUND, notFound.getMessage(), request, e);
            case AccessDeniedException denied -> answer(ProblemType.FORBIDDEN, denied.getMessage(), request, e);
            case ConflictException conflict -> answer(ProblemType.CONFLICT, conflict.getMessage(), request, e);
            case RuleViolationException rule -> answer(ProblemType.RULE_VIOLATED, rule.getMessage(), request, e);
            case StaleVersionException stale -> answer(ProblemType.PRECONDITION_FAILED, stale.getMessage(), request, e);
            case ThrottledException throttled -> {
                long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
                yield answer(
                        ProblemType.TOO_MANY_REQUESTS,
                        throttled.getMessage() + " Try again in " + seconds + " seconds.",
                        request,
                        List.of(),
                        Map.of("Retry-After", Long.toString(seconds)),
                        e);
            }
            case VersionRequiredException required ->
                answer(
                        ProblemType.PRECONDITION_REQUIRED,
                        "Send If-Match with the ETag of your last read of this object, so that you do not"
                                + " overwrite someone else's change.",
                        request,
                        e);
            case InvalidInputException invalid ->
                answer(
                        ProblemType.VALIDATION_FAILED,
                        "Fix the fields listed in violations and send the request again.",
                        request,
                        invalid.errors().stream()
                                .map(error -> new ViolationDto()
                                        // a rule on a query parameter (q, sort, limit) names it as one
                                        .in(
                                                routes.queryParameter(
                                                                request.method().name(), request.path(), error.field())
                                                        ? ViolationDto.InEnum.QUERY
                                                        : ViolationDto.InEnum.BODY)
                                        .field(error.field())
                                        .message(error.message()))
                                .toList(),
                        Map.of(),
                        e);
        };
    }

    /** Two changes raced and the other one committed first. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response lostRace(RuntimeException e, HttpServerRequest request) {
        return raceLost(e, request);
    }

    private Response raceLost(Throwable e, HttpServerRequest request) {
        return answer(
                ProblemType.PRECONDITION_FAILED,
                "The object was changed by someone else at the same time. Read it again, then retry.",
                request,
                e);
    }

    @ServerExceptionMapper
    public Response notAuthenticated(NotAuthenticatedException e, HttpServerRequest request) {
        return unauthorized(e.getMessage(), e.tokenPresented(), request, e);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(
                expired(e)
                        ? "The access token has expired. Get a new one with your refresh token, or log in again."
                        : "The access token is not valid: it is malformed, altered, signed by an unknown key or"
                                + " algorithm, or meant for another issuer or audience.",
                true,
                request,
                e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized("This operation needs an access token: log in first.", false, request, e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(ProblemType.FORBIDDEN, "The token does not allow this operation.", request, e);
    }

    // Listed by name too: Quarkus' own mappers for these subclasses would otherwise win.
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        ViolationTranslator.Outcome outcome = violations.translate(e.getConstraintViolations());
        if (outcome.serverFault()) {
            return unexpected(e, request);
        }
        return answer(
                ProblemType.VALIDATION_FAILED,
                "Fix the fields listed in violations and send the request again.",
                request,
                outcome.violations(),
                Map.of(),
                e);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpServerRequest request) {
        return answer(
                ProblemType.VALIDATION_FAILED,
                "Fix the parameters (and body fields) listed in violations and send the request again.",
                request,
                e.violations(),
                Map.of(),
                e);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonParseException parse) {
            var location = parse.getLocation();
            String where = location == null
                    ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            return answer(
                    ProblemType.MALFORMED_REQUEST,
                    "The body is not well-formed JSON" + where + ".",
                    request,
                    List.of(),
                    Map.of(),
                    e);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return answer(
                    ProblemType.VALIDATION_FAILED,
                    "Fix the fields listed in violations and send the request again.",
                    request,
                    List.of(new ViolationDto()
                            .in(ViolationDto.InEnum.BODY)
                            .field(ViolationTranslator.jsonPath(mapping.getPath()))
                            .message(BodyViolations.message(mapping))),
                    Map.of(),
                    e);
        }
        return answer(
                ProblemType.MALFORMED_REQUEST,
                "The body does not match the expected JSON document.",
                request,
                List.of(),
                Map.of(),
                e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        return switch (status) {
            case 400 -> answer(ProblemType.MALFORMED_REQUEST, "The request could not be read.", request, e);
            case 404 -> answer(ProblemType.NOT_FOUND, "There is nothing at " + request.path() + ".", request, e);
            case 405 ->
                answer(
                        ProblemType.METHOD_NOT_ALLOWED,
                        request.method() + " is not allowed here; see the Allow header.",
                        request,
                        List.of(),
                        Map.of(HttpHeaders.ALLOW, String.join(", ", routes.allowed(request.path()))),
                        e);
            case 406 ->
                answer(
                        ProblemType.NOT_ACCEPTABLE,
                        "This resource is available as application/json; errors as application/problem+json.",
                        request,
                        e);
            case 413 -> answer(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit.", request, e);
            case 415 -> answer(ProblemType.UNSUPPORTED_MEDIA_TYPE, sendBodyAs(request), request, e);
            default -> status >= 500 ? unexpected(e, request) : answer(ProblemType.MALFORMED_REQUEST, null, request, e);
        };
    }

    /** Names the media types the contract declares for this operation's body. */
    private String sendBodyAs(HttpServerRequest request) {
        List<String> declared = routes.consumes(request.method().name(), request.path());
        return "Send the body as "
                + (declared.isEmpty() ? "application/json" : String.join(" or ", declared))
                + (request.getHeader(HttpHeaders.CONTENT_TYPE) == null ? " with a Content-Type header." : ".");
    }

    /** RESTEasy's form parser refuses a body that is not URL-encoded with a bare IllegalArgumentException. */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, HttpServerRequest request) {
        boolean formParser = Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith(FormEncodedDataDefinition.class.getName()));
        return formParser
                ? answer(
                        ProblemType.MALFORMED_REQUEST,
                        "The body is not a well-formed application/x-www-form-urlencoded form.",
                        request,
                        e)
                : unexpected(e, request);
    }

    /**
     * Every other Bean Validation failure (a constraint that cannot apply, for instance) is our
     * bug. Listed by name: Quarkus' own mapper for it would otherwise rethrow it.
     */
    @ServerExceptionMapper(ValidationException.class)
    public Response brokenValidation(ValidationException e, HttpServerRequest request) {
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseUnavailable.causes(e)) {
            return answer(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The database cannot be reached at the moment. Retry after the seconds in Retry-After;"
                            + " repeat a creation with the same Idempotency-Key, so that it is done once.",
                    request,
                    List.of(),
                    Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_OUTAGE_SECONDS)),
                    e);
        }
        // A stale write found when the transaction commits arrives wrapped in the commit's failure.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return raceLost(e, request);
            }
        }
        return answer(
                ProblemType.INTERNAL_ERROR,
                "The request failed on our side. Quote the correlationId if you report it.",
                request,
                List.of(),
                Map.of(),
                e);
    }

    private Response unauthorized(String detail, boolean tokenPresented, HttpServerRequest request, Throwable cause) {
        String challenge = "Bearer realm=\"loop-mentoring\"" + (tokenPresented ? ", error=\"invalid_token\"" : "");
        return answer(
                ProblemType.UNAUTHORIZED,
                detail,
                request,
                List.of(),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge),
                cause);
    }

    private static boolean expired(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    private Response answer(ProblemType type, String detail, HttpServerRequest request, Throwable cause) {
        return answer(type, detail, request, List.of(), Map.of(), cause);
    }

    private Response answer(
            ProblemType type,
            String detail,
            HttpServerRequest request,
            List<ViolationDto> violations,
            Map<String, String> headers,
            Throwable cause) {
        if (type == ProblemType.SERVICE_UNAVAILABLE) {
            LOG.warnf("%s %s answered 503, the database is out of reach: %s", request.method(), request.path(), cause);
        } else if (type.status() >= 500) {
            LOG.errorf(cause, "%s %s failed with %d", request.method(), request.path(), type.status());
        } else {
            LOG.debugf("%s %s answered %d: %s", request.method(), request.path(), type.status(), cause.toString());
        }
        if (OAuthErrors.appliesTo(request.path()) && type.status() == 400) {
            // OAuth clients parse RFC 6749 errors at the token and revocation endpoints.
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, describe(detail, violations));
        }
        return Problems.response(type, detail, request.path(), violations, headers);
    }

    private static String describe(String detail, List<ViolationDto> violations) {
        return violations.isEmpty()
                ? detail
                : violations.stream()
                        .map(v -> v.getField() + " " + v.getMessage())
                        .collect(Collectors.joining("; "));
    }
}
