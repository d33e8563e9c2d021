package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.security.JwtConfig;
import eu.loopmentoring.api.platform.security.SignedClaims;
import eu.loopmentoring.domain.learningpath.CompletionCredential;
import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Learning;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.model.CredentialSummaryDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The credentials of people's completed enrollments, issued by the platform: the issuer is the
 * token issuer ({@code loop.jwt.issuer}, the platform's URL), and the key is the one that signs
 * access tokens, so the published JWKS verifies both. Nothing is stored: each credential is derived
 * from its enrollment, and goes when the enrollment goes (erasure).
 */
@ApplicationScoped
public class LearningCredentials {

    static final String ISSUER_NAME = "LOOP Mentoring";
    /** The JOSE {@code typ} of an Open Badges 3.0 JWT credential. */
    static final String TYPE = "JWT";

    private final Learning learning;
    private final SignedClaims signatures;
    private final CompletionCredential.Issuer issuer;

    LearningCredentials(Learning learning, SignedClaims signatures, JwtConfig config) {
        this.learning = learning;
        this.signatures = signatures;
        this.issuer = new CompletionCredential.Issuer(config.issuer(), ISSUER_NAME);
    }

    /** The credential of the caller's own enrollment; anyone else's answers not found. */
    public CompletionCredential of(Subject subject, UUID enrollmentId) {
        return CompletionCredential.of(learning.enrollment(subject, enrollmentId), issuer);
    }

    public String signed(CompletionCredential credential) {
        return signatures.sign(credential.jwtClaims(), TYPE);
    }

    /** The credentials of the caller's completed enrollments, for their export. */
    public List<CredentialSummaryDto> summaries(List<Enrollment> enrollments) {
        return enrollments.stream()
                .filter(e -> e.status() == EnrollmentStatus.COMPLETED)
                .map(e -> CompletionCredential.of(e, issuer))
                .map(c -> new CredentialSummaryDto()
                        .id(URI.create(c.id()))
                        .enrollmentId(c.enrollmentId())
                        .learningPathId(c.learningPathId())
                        .name(c.name())
                        .issuedAt(c.issuedAt().atOffset(ZoneOffset.UTC)))
                .toList();
    }
}
