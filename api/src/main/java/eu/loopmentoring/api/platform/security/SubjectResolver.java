package eu.loopmentoring.api.platform.security;

import eu.loopmentoring.domain.shared.Subject;
import java.util.Optional;

/**
 * Turns a verified token into the current {@link Subject}, reading it afresh so that a deleted
 * person or a disabled client stops working at once, and role changes apply at once. One
 * implementation per kind of token, provided by the capability that owns it.
 */
public interface SubjectResolver {

    /** The {@link VerifiedToken#kind()} this resolver handles. */
    String kind();

    /** The subject behind the token, if it may still act. */
    Optional<Subject> resolve(VerifiedToken token);
}
