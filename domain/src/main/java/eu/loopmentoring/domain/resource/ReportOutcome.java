package eu.loopmentoring.domain.resource;

/** How a moderator resolves a report: nothing to do, or the resource is withdrawn. */
public enum ReportOutcome {
    DISMISSED,
    RESOURCE_WITHDRAWN
}
