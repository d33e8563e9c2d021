package eu.loopmentoring.domain.shared;

/** The people a method, resource or programme is meant for, in the seeds' words. */
public enum TargetGroup {
    SCHOOL_LEADERS,
    SCHOOL_TEAMS,
    TEACHERS,
    MENTORS,
    TEACHER_TRAINERS,
    LOCAL_AUTHORITIES,
    RESEARCHERS,
    POLICY_MAKERS
}
