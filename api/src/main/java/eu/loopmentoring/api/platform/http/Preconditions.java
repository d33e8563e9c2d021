package eu.loopmentoring.api.platform.http;

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
