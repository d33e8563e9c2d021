package eu.loopmentoring.api.platform.http;

import eu.loopmentoring.api.platform.problem.ProblemException;
import eu.loopmentoring.api.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/** {@code If-Match} on changes to shared objects: required (428), and current (412). */
public final class Preconditions {

    private Preconditions() {}

    /** The version the caller read, from {@code If-Match}. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of your last read of this object, so that you do not"
                            + " overwrite someone else's change.");
        }
        List<EntityTag> tags = EntityTags.parse(ifMatch);
        // If-Match compares strongly: weak tags never match (RFC 9110 13.1.1).
        return tags.stream()
                .filter(tag -> !tag.isWeak())
                .map(EntityTag::getValue)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.PRECONDITION_FAILED,
                        "If-Match does not name a current version of this object. Read it again, then retry."));
    }
}
