package eu.loopmentoring.domain.identity;

/** The security events administrators can review. */
public enum AuditEventType {
    ACCOUNT_REGISTERED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    TOKEN_ISSUED,
    TOKEN_REFRESHED,
    REFRESH_TOKEN_REUSED,
    TOKEN_REVOKED,
    PLATFORM_ROLES_CHANGED,
    API_CLIENT_CREATED,
    API_CLIENT_CHANGED,
    API_CLIENT_SECRET_ROTATED,
    /** Someone erased their account; the event names nobody. */
    ACCOUNT_ERASED
}
