package eu.loopmentoring.domain.mentoring;

/** A paused offer is seen by its mentor alone and receives no proposals; it keeps its relationships. */
public enum OfferStatus {
    ACTIVE,
    PAUSED
}
