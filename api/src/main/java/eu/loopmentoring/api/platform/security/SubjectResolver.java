package eu.loopmentoring.api.platform.security;

import eu.loopmentoring.domain.shared.Subject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a verified token's subject into the current {@link Subject}, reading it afresh so that a
 * deleted person or a disabled client stops working at once, and role changes apply at once.
 * One implementation per subject kind, provided by the capability that owns it.
 */
public interface SubjectResolver {

    /** The {@value AccessTokens#SUBJECT_KIND} claim value this resolver handles. */
    String kind();

    /** The subject with that id, if it may still act; {@code tokenScopes} are the scopes its token carries. */
    Optional<Subject> resolve(UUID id, Set<String> tokenScopes);
}
