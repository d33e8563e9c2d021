package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.api.platform.problem.ProblemException;
import eu.loopmentoring.api.platform.problem.ProblemType;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.Optional;

/** {@code If-Match} on changes to shared objects: required (428), and current (412). */
public final class Preconditions {

    private Preconditions() {}

    /**
     * The version the caller read, as {@code If-Match} names it, for the domain to check once it has
     * decided that the caller may see the object: so a stranger gets 404 with or without the header.
     * The domain's refusals answer 428 (none named) and 412 (stale, or not a version).
     */
    public static ExpectedVersion ifMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.none();
        }
        return strongVersion(ifMatch).map(ExpectedVersion::of).orElse(ExpectedVersion.noVersion());
    }

    /**
     * The version the caller read, from {@code If-Match}, checked here. Only for resources whose
     * domain still takes a bare version: prefer {@link #ifMatch}, which keeps the order "may the
     * caller see it" before "did they name a version".
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of your last read of this object, so that you do not"
                            + " overwrite someone else's change.");
        }
        return strongVersion(ifMatch)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "If-Match does not name a current version of this object. Read it again, then retry."));
    }

    private static Optional<Long> strongVersion(String ifMatch) {
        List<EntityTag> tags = EntityTags.parse(ifMatch);
        // If-Match compares strongly: weak tags never match (RFC 9110 13.1.1).
        return tags.stream()
                .filter(tag -> !tag.isWeak())
                .map(EntityTag::getValue)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .findFirst();
    }
}
