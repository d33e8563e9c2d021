package eu.loopmentoring.domain.mentoring;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The agreement of a relationship. It holds once both participants confirmed it; any change, also
 * after that, clears both confirmations, so that the changed terms hold only once both confirm
 * them again.
 */
public record MentoringAgreement(
        UUID relationshipId,
        AgreementTerms terms,
        Optional<Instant> mentorConfirmedAt,
        Optional<Instant> menteeConfirmedAt,
        Optional<UUID> updatedBy,
        Instant updatedAt,
        long version) {

    public MentoringAgreement {
        Objects.requireNonNull(relationshipId, "relationshipId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static MentoringAgreement draft(UUID relationshipId, AgreementTerms terms, UUID by, Instant now) {
        return new MentoringAgreement(
                relationshipId, terms, Optional.empty(), Optional.empty(), Optional.of(by), now, 0);
    }

    /** The new terms, unconfirmed by both. */
    public MentoringAgreement changed(AgreementTerms next, UUID by, Instant now) {
        return new MentoringAgreement(
                relationshipId, next, Optional.empty(), Optional.empty(), Optional.of(by), now, version);
    }

    /** Confirmed by {@code side}; confirming again changes nothing. */
    public MentoringAgreement confirmedBy(Side side, Instant now) {
        if (isConfirmedBy(side)) {
            return this;
        }
        return side == Side.MENTOR
                ? new MentoringAgreement(
                        relationshipId, terms, Optional.of(now), menteeConfirmedAt, updatedBy, updatedAt, version)
                : new MentoringAgreement(
                        relationshipId, terms, mentorConfirmedAt, Optional.of(now), updatedBy, updatedAt, version);
    }

    public boolean isConfirmedBy(Side side) {
        return (side == Side.MENTOR ? mentorConfirmedAt : menteeConfirmedAt).isPresent();
    }

    public boolean isConfirmed() {
        return mentorConfirmedAt.isPresent() && menteeConfirmedAt.isPresent();
    }
}
