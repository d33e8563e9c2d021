package eu.loopmentoring.api.platform.security;

import eu.loopmentoring.domain.shared.Scope;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issues RS256 access tokens in the RFC 9068 profile: typ {@code at+jwt}, issuer, audience,
 * subject, client_id, jti, at most 15 minutes of life, and the kid of the signing key. A person's
 * token names its login in {@value #LOGIN}, so that revoking the login stops it at once.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String SUBJECT_KIND = "loop_subject";
    public static final String PERSON = "person";
    public static final String API_CLIENT = "api_client";
    /** The login (refresh-token family) a person's token was issued for, as in OpenID Connect. */
    public static final String LOGIN = "sid";
    /** People log in through the platform's own first-party apps. */
    static final String FIRST_PARTY_CLIENT = "loop";

    public record Issued(String value, Duration lifetime) {}

    private final JwtConfig config;
    private final TokenKeys keys;
    private final Clock clock;

    AccessTokens(JwtConfig config, Clock clock) {
        this.config = config;
        this.keys = TokenKeys.load(config);
        this.clock = clock;
        if (config.accessTokenLifetime().compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalStateException("loop.jwt.access-token-lifetime may not exceed 15 minutes");
        }
    }

    public Issued forPerson(UUID personId, UUID login) {
        return sign(claims(personId, FIRST_PARTY_CLIENT, PERSON).claim(LOGIN, login.toString()));
    }

    public Issued forClient(UUID clientId, Set<Scope> scopes) {
        String scope = scopes.stream().map(Scope::value).collect(Collectors.joining(" "));
        return sign(claims(clientId, clientId.toString(), API_CLIENT).claim("scope", scope));
    }

    public TokenKeys keys() {
        return keys;
    }

    private JwtClaimsBuilder claims(UUID subject, String clientId, String kind) {
        Instant now = clock.instant();
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(subject.toString())
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenLifetime()))
                .claim("jti", UUID.randomUUID().toString())
                .claim("client_id", clientId)
                .claim(SUBJECT_KIND, kind);
    }

    private Issued sign(JwtClaimsBuilder claims) {
        String token = claims.jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .keyId(keys.signingKeyId())
                .header("typ", "at+jwt")
                .sign(keys.signingKey());
        return new Issued(token, config.accessTokenLifetime());
    }
}
