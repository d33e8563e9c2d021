package eu.loopmentoring.api.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Entity tags for optimistic concurrency and conditional reads. A tag is the object's version as
 * a strong validator; clients treat it as opaque.
 */
public final class EntityTags {

    private EntityTags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** True when {@code If-None-Match} names the current tag (weak comparison, RFC 9110 13.1.2). */
    public static boolean notModified(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        return parse(ifNoneMatch).stream().anyMatch(tag -> tag.getValue().equals(current.getValue()));
    }

    /** The entity tags of an {@code If-Match} or {@code If-None-Match} list; malformed members are dropped. */
    static List<EntityTag> parse(String header) {
        List<EntityTag> tags = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            char c = header.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= header.length() || header.charAt(open) != '"') {
                int comma = header.indexOf(',', i);
                i = comma < 0 ? header.length() : comma + 1;
                continue;
            }
            int close = header.indexOf('"', open + 1);
            if (close < 0) {
                break;
            }
            tags.add(new EntityTag(header.substring(open + 1, close), weak));
            i = close + 1;
        }
        return tags;
    }
}
