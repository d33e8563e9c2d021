package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.shared.RuleViolationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The Open Badges 3.0 {@code OpenBadgeCredential} that a completed enrollment gives, in the
 * Verifiable Credentials Data Model 2.0, with the claims of its JWT. Everything is derived from the
 * enrollment, so the same enrollment always gives the same credential and nothing about it is
 * stored. The credential is built from plain maps and lists, ready to be written as JSON and signed.
 *
 * @param id {@code urn:uuid:} and the enrollment id
 * @param issuedAt the completion time, to the second (the JWT's {@code nbf} and {@code iat})
 * @param credential the {@code OpenBadgeCredential}, the JWT's {@code vc} claim
 */
public record CompletionCredential(
        String id,
        UUID enrollmentId,
        UUID learningPathId,
        String name,
        String issuerId,
        String subjectId,
        Instant issuedAt,
        Map<String, Object> credential) {

    public static final List<String> CONTEXT = List.of(
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    /** Who signs the credentials: the platform, whose {@code id} is its URL. */
    public record Issuer(String id, String name) {
        public Issuer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            id = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
        }
    }

    public CompletionCredential {
        credential = Collections.unmodifiableMap(new LinkedHashMap<>(credential));
    }

    /** The credential of {@code enrollment}, which must be completed. */
    public static CompletionCredential of(Enrollment enrollment, Issuer issuer) {
        Instant issuedAt = enrollment
                .completedAt()
                .filter(at -> enrollment.status() == EnrollmentStatus.COMPLETED)
                .orElseThrow(() -> notCompleted(enrollment))
                .truncatedTo(ChronoUnit.SECONDS);
        LearningPath path = enrollment.path();
        String id = "urn:uuid:" + enrollment.id();
        String subjectId = "urn:uuid:" + enrollment.personId();
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", id);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", ordered("id", issuer.id(), "type", List.of("Profile"), "name", issuer.name()));
        credential.put("validFrom", issuedAt.toString());
        credential.put("name", path.content().title());
        credential.put(
                "credentialSubject",
                ordered(
                        "id",
                        subjectId,
                        "type",
                        List.of("AchievementSubject"),
                        "achievement",
                        achievement(path, issuer)));
        return new CompletionCredential(
                id, enrollment.id(), path.id(), path.content().title(), issuer.id(), subjectId, issuedAt, credential);
    }

    /**
     * The JWT claims: the registered ones a JWT verifier checks ({@code iss}, {@code sub}, {@code
     * jti}, {@code nbf}, {@code iat}, in seconds) and the credential in {@code vc}. No {@code aud}
     * and no {@code exp}: a credential is no access token, and a completion does not expire.
     */
    public Map<String, Object> jwtClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuerId);
        claims.put("sub", subjectId);
        claims.put("jti", id);
        claims.put("nbf", issuedAt.getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("vc", credential);
        return claims;
    }

    private static Map<String, Object> achievement(LearningPath path, Issuer issuer) {
        PathContent content = path.content();
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", issuer.id() + "/api/v1/learning-paths/" + path.id());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "LearningProgram");
        achievement.put("name", content.title());
        achievement.put("description", content.summary().isBlank() ? content.title() : content.summary());
        achievement.put("criteria", ordered("narrative", narrative(path)));
        if (!content.languages().isEmpty()) {
            achievement.put("inLanguage", content.languages().getFirst());
        }
        List<String> tags = new ArrayList<>(content.topics());
        content.profileDimensions().forEach(d -> tags.add(d.name()));
        content.schoolDimensions().forEach(d -> tags.add(d.name()));
        if (!tags.isEmpty()) {
            achievement.put("tag", List.copyOf(tags));
        }
        return Collections.unmodifiableMap(achievement);
    }

    /** A JSON object whose members keep the order they are given in, as names and values. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(object);
    }

    /** The path's completion rule in words, naming its required steps. */
    static String narrative(LearningPath path) {
        PathContent content = path.content();
        List<String> required = content.steps().stream()
                .filter(PathStep::required)
                .map(PathStep::title)
                .toList();
        long optional = content.steps().stream().filter(PathStep::optional).count();
        StringBuilder text = new StringBuilder("Completed version ")
                .append(path.versionNumber().map(String::valueOf).orElse("?"))
                .append(" of the learning path \"")
                .append(content.title())
                .append("\": ");
        if (required.isEmpty()) {
            text.append("no step is required");
        } else {
            text.append("every required step done (")
                    .append(String.join("; ", required))
                    .append(")");
        }
        if (content.minimumOptionalSteps() > 0) {
            text.append(" and at least ")
                    .append(content.minimumOptionalSteps())
                    .append(" of its ")
                    .append(optional)
                    .append(" optional steps");
        }
        text.append('.');
        if (content.steps().stream().anyMatch(s -> s.required() && s.kind() == StepKind.ASSESSMENT)) {
            text.append(" The assessment step is done by answering the profile questionnaire again after enrolling.");
        }
        return text.toString();
    }

    private static RuleViolationException notCompleted(Enrollment enrollment) {
        if (enrollment.status() == EnrollmentStatus.LEFT) {
            return new RuleViolationException("This enrollment was LEFT before it was completed: it gives no"
                    + " credential. Enrol again (POST /api/v1/me/enrollments) and complete the path to earn one.");
        }
        EnrollmentProgress progress = enrollment.progress();
        return new RuleViolationException("This enrollment is " + enrollment.status()
                + ": a credential is given once it is COMPLETED (" + progress.requiredDone() + " of "
                + progress.requiredTotal() + " required steps done, " + progress.optionalDone() + " of "
                + progress.optionalNeeded() + " optional steps).");
    }
}
