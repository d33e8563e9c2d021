package eu.loopmentoring.api.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers what every @QuarkusTest of this module needs (these resources are global). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(DevelopmentKeysResource.class)
public final class TestResources {

    private TestResources() {}
}
