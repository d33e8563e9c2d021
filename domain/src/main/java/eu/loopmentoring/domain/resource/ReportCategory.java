package eu.loopmentoring.domain.resource;

/** Why someone reports a published resource. */
public enum ReportCategory {
    INAPPROPRIATE,
    COPYRIGHT,
    BROKEN_LINK,
    INACCURATE,
    SPAM,
    OTHER
}
