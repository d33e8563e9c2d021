package eu.loopmentoring.domain.organization;

/** What a person is in an organisation; coordinators manage it and its members. */
public enum OrganizationRole {
    TEACHER,
    SCHOOL_LEADER,
    TEACHER_TRAINER,
    COORDINATOR;

    /** Who may approve requests to join and invite people. */
    public boolean admits() {
        return this == COORDINATOR || this == SCHOOL_LEADER;
    }
}
