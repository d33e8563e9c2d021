package eu.loopmentoring.domain.shared;

/** Platform-wide roles, granted by administrators. */
public enum PlatformRole {
    ADMINISTRATOR,
    MODERATOR
}
