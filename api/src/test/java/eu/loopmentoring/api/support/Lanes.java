package eu.loopmentoring.api.support;

/** JUnit tags that say which lanes of CI run a test class (see .ci/run and the README's "Tests"). */
public final class Lanes {

    /**
     * What the class proves does not depend on the database server behind the service: the HTTP
     * edge's rules (tokens, input validation, routing, media types, the served contract), failures
     * staged without a database, and plain code. The embedded lane runs it; the external-PostgreSQL
     * lane, which proves the production configuration, leaves it out ({@code -Dlane.excludedGroups}, the api module's pom).
     * Storage a tagged class happens to touch is proven in that lane by its own tests (the
     * persistence module's repository tests and the api module's feature tests).
     */
    public static final String DATABASE_INDEPENDENT = "database-independent";

    private Lanes() {}
}
