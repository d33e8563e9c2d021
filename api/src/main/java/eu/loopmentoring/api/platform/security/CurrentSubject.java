package eu.loopmentoring.api.platform.security;

import eu.loopmentoring.domain.shared.Subject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, for the current request: resolved once, from the verified access token. */
@RequestScoped
public class CurrentSubject {

    private final SecurityIdentity identity;
    private final Instance<SubjectResolver> resolvers;
    private Subject subject;

    CurrentSubject(SecurityIdentity identity, Instance<SubjectResolver> resolvers) {
        this.identity = identity;
        this.resolvers = resolvers;
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
        String kind = token.getClaim(AccessTokens.SUBJECT_KIND);
        Optional<UUID> id = parse(token.getSubject());
        Object scope = token.getClaim("scope");
        Set<String> scopes =
                scope == null ? Set.of() : Set.of(scope.toString().trim().split("\\s+"));
        Optional<Subject> resolved = id.flatMap(value -> resolvers.stream()
                .filter(r -> r.kind().equals(kind))
                .findFirst()
                .flatMap(r -> r.resolve(value, scopes)));
        return resolved.orElseThrow(() -> new NotAuthenticatedException(
                "The access token's account or client no longer exists or is disabled.", true));
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
