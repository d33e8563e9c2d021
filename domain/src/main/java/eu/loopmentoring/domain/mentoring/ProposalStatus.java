package eu.loopmentoring.domain.mentoring;

/**
 * {@code PENDING} until both sides accepted ({@code ACCEPTED}), one side declined
 * ({@code DECLINED}), the time to answer ran out ({@code EXPIRED}), the mentee withdrew the request
 * ({@code WITHDRAWN}), or another proposal of the same request was accepted first
 * ({@code SUPERSEDED}).
 */
public enum ProposalStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN,
    SUPERSEDED
}
