package eu.loopmentoring.api.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database for every @QuarkusTest of this module (the resource is global). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {}
}
