package eu.loopmentoring.api.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Answers about one versioned object, tagged with its version as the {@code ETag}, and the
 * {@code Location} of what an operation created or started (see {@link Route}).
 */
public final class Responses {

    private Responses() {}

    /** 200 with the object at {@code version}. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(EntityTags.of(version)).build();
    }

    /** 200, or 304 without a body when {@code If-None-Match} names {@code version}. */
    public static Response ok(Object entity, long version, String ifNoneMatch) {
        EntityTag tag = EntityTags.of(version);
        return EntityTags.notModified(ifNoneMatch, tag)
                ? Response.notModified(tag).build()
                : Response.ok(entity).tag(tag).build();
    }

    /** 201 with where to read the new object, and its version. */
    public static Response created(URI location, Object entity, long version) {
        return Response.created(location)
                .entity(entity)
                .tag(EntityTags.of(version))
                .build();
    }

    /** 201 for an object that has no version (it never changes). */
    public static Response created(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }

    /** 202 for a job, with where to follow it. */
    public static Response accepted(URI location, Object entity) {
        return Response.accepted(entity).location(location).build();
    }
}
