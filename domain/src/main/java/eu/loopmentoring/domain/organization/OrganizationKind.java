package eu.loopmentoring.domain.organization;

public enum OrganizationKind {
    SCHOOL,
    TRAINING_CENTRE,
    UNIVERSITY,
    LOCAL_AUTHORITY,
    OTHER
}
