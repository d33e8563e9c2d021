package eu.loopmentoring.domain.mentoring;

/**
 * Where a mentoring request stands. {@code OPEN}: in the pool, no proposal pending;
 * {@code PROPOSED}: at least one proposal waits for an answer; {@code ACCEPTED}: a relationship came
 * of it; {@code DECLINED}/{@code EXPIRED}: the one mentor it was addressed to declined or let the
 * proposal expire; {@code WITHDRAWN}: the mentee took it back.
 */
public enum RequestStatus {
    OPEN,
    PROPOSED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN;

    /** Still looking for a mentor: mentors may offer themselves, mentees may propose offers. */
    public boolean isSeeking() {
        return this == OPEN || this == PROPOSED;
    }
}
