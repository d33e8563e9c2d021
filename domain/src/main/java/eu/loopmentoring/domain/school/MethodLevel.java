package eu.loopmentoring.domain.school;

/** Whether a method works with a whole school (or its team) or with individual teachers. */
public enum MethodLevel {
    SCHOOL,
    TEACHER
}
