package eu.loopmentoring.api.platform.security;

import eu.loopmentoring.domain.shared.Subject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, for the current request: resolved once, from the verified access token. */
@RequestScoped
public class CurrentSubject {

    private final SecurityIdentity identity;
    private final Instance<SubjectResolver> resolvers;
    private final JwtConfig config;
    private Subject subject;

    CurrentSubject(SecurityIdentity identity, Instance<SubjectResolver> resolvers, JwtConfig config) {
        this.identity = identity;
        this.resolvers = resolvers;
        this.config = config;
    }

    /** The subject, or a 401 when the request carries no valid token of a living subject. */
    public Subject require() {
        if (subject == null) {
            subject = resolve();
        }
        return subject;
    }

    private Subject resolve() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new NotAuthenticatedException("This operation needs an access token: log in first.", false);
        }
        VerifiedToken verified = verified(token);
        return resolvers.stream()
                .filter(r -> r.kind().equals(verified.kind()))
                .findFirst()
                .flatMap(r -> r.resolve(verified))
                .orElseThrow(() -> new NotAuthenticatedException(
                        "The access token's login was revoked, or its account or client no longer exists or is"
                                + " disabled.",
                        true));
    }

    private VerifiedToken verified(JsonWebToken token) {
        // smallrye-jwt has checked signature, issuer and audience; an issuer other than the
        // platform's own can only be the configured external one.
        String kind = config.issuer().equals(token.getIssuer())
                ? String.valueOf((Object) token.getClaim(AccessTokens.SUBJECT_KIND))
                : VerifiedToken.EXTERNAL;
        Object scope = token.getClaim("scope");
        Object emailVerified = token.getClaim("email_verified");
        return new VerifiedToken(
                token.getIssuer(),
                token.getSubject(),
                kind,
                scope == null ? Set.of() : Set.of(scope.toString().trim().split("\\s+")),
                text(token.getClaim("email")),
                emailVerified != null && Boolean.parseBoolean(emailVerified.toString()),
                text(token.getClaim("name")),
                text(token.getClaim("locale")),
                text(token.getClaim(AccessTokens.LOGIN)));
    }

    private static Optional<String> text(Object claim) {
        return Optional.ofNullable(claim).map(Object::toString).filter(s -> !s.isBlank());
    }
}
