package eu.loopmentoring.domain.shared;

import java.util.Arrays;
import java.util.Optional;

/** What a partner institution's API client may be granted. People carry no scopes. */
public enum Scope {
    RESOURCES_READ("resources:read"),
    RESOURCES_WRITE("resources:write"),
    PROFILES_READ("profiles:read"),
    LEARNING_PATHS_READ("learning-paths:read"),
    MENTORING_READ("mentoring:read"),
    ANALYTICS_READ("analytics:read"),
    ORGANIZATIONS_READ("organizations:read");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
