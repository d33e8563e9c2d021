package eu.loopmentoring.domain.mentoring;

/** Why a person is reported. */
public enum ReportCategory {
    HARASSMENT,
    INAPPROPRIATE_CONTENT,
    SPAM_OR_SCAM,
    FAKE_IDENTITY,
    SAFEGUARDING_CONCERN,
    OTHER
}
