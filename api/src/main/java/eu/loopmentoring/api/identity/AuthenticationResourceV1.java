package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.http.ParameterPrecheck;
import eu.loopmentoring.api.platform.problem.OAuthErrors;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.api.platform.problem.Problems;
import eu.loopmentoring.api.platform.security.AccessTokens;
import eu.loopmentoring.domain.identity.Authentication;
import eu.loopmentoring.domain.identity.IssuedRefreshToken;
import eu.loopmentoring.domain.identity.LoginOutcome;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.RefreshOutcome;
import eu.loopmentoring.domain.identity.RefreshTokens;
import eu.loopmentoring.domain.partner.ApiClientRegistry;
import eu.loopmentoring.domain.partner.ClientLoginOutcome;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.openapi.v1.api.AuthenticationApi;
import eu.loopmentoring.openapi.v1.model.TokenResponseDto;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 token endpoint (RFC 6749), revocation (RFC 7009) and the public keys. Refusals are
 * answers, not exceptions, so that what they record (failed attempts, a revoked family) is kept.
 */
@Path("/") // the generated interfaces carry full paths on their methods
public class AuthenticationResourceV1 implements AuthenticationApi {

    private static final int MAX_TOKEN_LENGTH = 200;

    private final Authentication authentication;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final People people;
    private final RoutingContext http;
    private final ApiClientRegistry apiClients;

    AuthenticationResourceV1(
            Authentication authentication,
            RefreshTokens refreshTokens,
            AccessTokens accessTokens,
            People people,
            RoutingContext http,
            ApiClientRegistry apiClients) {
        this.authentication = authentication;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.people = people;
        this.http = http;
        this.apiClients = apiClients;
    }

    @Override
    @Transactional
    public Response issueToken(
            String grantType,
            String username,
            String password,
            String refreshToken,
            String clientId,
            String clientSecret,
            String scope) {
        ParameterPrecheck.formFields(
                "grant_type", grantType,
                "username", username,
                "password", password,
                "refresh_token", refreshToken,
                "client_id", clientId,
                "client_secret", clientSecret,
                "scope", scope);
        if (grantType == null || grantType.isBlank()) {
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, "grant_type is required.");
        }
        String address = ClientAddress.of(http.request());
        return switch (grantType) {
            case "password" -> password(username, password, address);
            case "refresh_token" -> refresh(refreshToken, address);
            case "client_credentials" -> clientCredentials(clientId, clientSecret, scope, address);
            default ->
                OAuthErrors.response(
                        400, OAuthErrors.UNSUPPORTED_GRANT_TYPE, "Use password, refresh_token or client_credentials.");
        };
    }

    @Override
    @Transactional
    public Response revokeToken(String token, String tokenTypeHint) {
        ParameterPrecheck.formFields("token", token, "token_type_hint", tokenTypeHint);
        if (token == null || token.isBlank()) {
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, "token is required.");
        }
        // The contract's limits: no token we issue is longer, and refresh tokens are all we revoke.
        if (token.length() > MAX_TOKEN_LENGTH) {
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, "token is longer than any token we issue.");
        }
        if (tokenTypeHint != null && !"refresh_token".equals(tokenTypeHint)) {
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, "token_type_hint must be refresh_token.");
        }
        refreshTokens.revoke(token, ClientAddress.of(http.request()));
        return Response.ok().build();
    }

    @Override
    public Response getJsonWebKeySet() {
        return Response.ok(accessTokens.keys().publicKeySet(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }

    private Response password(String username, String password, String address) {
        if (username == null || password == null) {
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, "username and password are required.");
        }
        return switch (authentication.login(username, password, address)) {
            case LoginOutcome.Authenticated authenticated ->
                tokens(
                        authenticated.person().id(),
                        refreshTokens.issue(authenticated.person().id()));
            case LoginOutcome.Rejected rejected ->
                OAuthErrors.response(400, OAuthErrors.INVALID_GRANT, "The email or the password is wrong.");
            case LoginOutcome.Throttled throttled -> throttled(throttled.retryAfter());
        };
    }

    private Response refresh(String refreshToken, String address) {
        if (refreshToken == null) {
            return OAuthErrors.response(400, OAuthErrors.INVALID_REQUEST, "refresh_token is required.");
        }
        return switch (refreshTokens.rotate(refreshToken, address)) {
            case RefreshOutcome.Rotated rotated
            when people.find(rotated.personId()).isPresent() -> tokens(rotated.personId(), rotated.next());
            case RefreshOutcome.Rotated gone ->
                OAuthErrors.response(400, OAuthErrors.INVALID_GRANT, "The account no longer exists.");
            case RefreshOutcome.Refused refused ->
                OAuthErrors.response(400, OAuthErrors.INVALID_GRANT, refused.reason() + " Log in again.");
            case RefreshOutcome.ReuseDetected reused ->
                OAuthErrors.response(
                        400,
                        OAuthErrors.INVALID_GRANT,
                        "The refresh token was already used, so every token of its login was revoked. Log in again.");
        };
    }

    /** RFC 6749 §4.4, with client authentication by HTTP Basic or in the form (§2.3.1), not both. */
    private Response clientCredentials(String formId, String formSecret, String scope, String address) {
        String basic = http.request().getHeader(HttpHeaders.AUTHORIZATION);
        String[] credentials;
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (formId != null || formSecret != null) {
                return OAuthErrors.response(
                        400,
                        OAuthErrors.INVALID_REQUEST,
                        "Authenticate the client either with HTTP Basic or in the form.");
            }
            credentials = basicCredentials(basic.substring(6).trim());
        } else {
            credentials = new String[] {formId, formSecret};
        }
        if (credentials == null || credentials[0] == null || credentials[1] == null) {
            return OAuthErrors.response(401, OAuthErrors.INVALID_CLIENT, "Client authentication is required.");
        }
        Set<String> requested = scope == null || scope.isBlank()
                ? Set.of()
                : Set.of(scope.trim().split("\\s+"));
        return switch (apiClients.authenticate(credentials[0], credentials[1], requested, address)) {
            case ClientLoginOutcome.Authenticated authenticated -> {
                AccessTokens.Issued access =
                        accessTokens.forClient(authenticated.client().id(), authenticated.scopes());
                yield Response.ok(new TokenResponseDto()
                                .accessToken(access.value())
                                .tokenType(TokenResponseDto.TokenTypeEnum.BEARER)
                                .expiresIn((int) access.lifetime().toSeconds())
                                .scope(authenticated.scopes().stream()
                                        .map(Scope::value)
                                        .sorted()
                                        .collect(Collectors.joining(" "))))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build();
            }
            case ClientLoginOutcome.Rejected rejected ->
                OAuthErrors.response(
                        401, OAuthErrors.INVALID_CLIENT, "Unknown client, wrong secret, or a disabled client.");
            case ClientLoginOutcome.ScopeRefused refused ->
                OAuthErrors.response(
                        400, OAuthErrors.INVALID_SCOPE, "The client may not have the scope " + refused.scope() + ".");
            case ClientLoginOutcome.Throttled throttled -> throttled(throttled.retryAfter());
        };
    }

    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Response tokens(UUID personId, IssuedRefreshToken refresh) {
        AccessTokens.Issued access = accessTokens.forPerson(personId, refresh.login());
        return Response.ok(new TokenResponseDto()
                        .accessToken(access.value())
                        .tokenType(TokenResponseDto.TokenTypeEnum.BEARER)
                        .expiresIn((int) access.lifetime().toSeconds())
                        .refreshToken(refresh.value()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Answered, not thrown: a thrown problem would roll back the audit record of the refusal. */
    private Response throttled(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Problems.response(
                ProblemType.TOO_MANY_REQUESTS,
                "Too many failed logins for this account or from this address. Try again in " + seconds + " seconds.",
                http.request().path(),
                java.util.List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }
}
