package eu.loopmentoring.domain.profile;

/** How a person wants to take part in mentoring; a person may hold several. */
public enum MentoringPreference {
    SEEKS_MENTOR,
    OFFERS_MENTORING,
    PEER_LEARNING
}
