package eu.loopmentoring.api.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a verified access token says about its bearer. {@code kind} is the platform's own
 * {@value AccessTokens#SUBJECT_KIND} claim, or {@value #EXTERNAL} for a token of the configured
 * external issuer.
 */
public record VerifiedToken(
        String issuer,
        String subject,
        String kind,
        Set<String> scopes,
        Optional<String> email,
        boolean emailVerified,
        Optional<String> name,
        Optional<String> locale,
        Optional<String> login) {

    public static final String EXTERNAL = "external";

    public Optional<UUID> subjectId() {
        return uuid(subject);
    }

    /** The platform's login the token was issued for ({@value AccessTokens#LOGIN}); people's tokens carry it. */
    public Optional<UUID> loginId() {
        return login.flatMap(VerifiedToken::uuid);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
