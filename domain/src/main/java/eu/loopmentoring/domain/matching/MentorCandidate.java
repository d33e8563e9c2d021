package eu.loopmentoring.domain.matching;

import java.util.Objects;
import java.util.UUID;

/**
 * An active mentor offer as matching sees it: who offers, how many more mentees it can take now,
 * the mentor's strengths per dimension (0-100) and responsiveness (0 to 1: the share of proposals
 * they answered in time, lowered while they let proposals expire).
 */
public record MentorCandidate(
        UUID offerId, MatchProfile profile, int remainingCapacity, DimensionScores strengths, double responsiveness) {

    public MentorCandidate {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(strengths, "strengths");
        if (remainingCapacity < 0) {
            throw new IllegalArgumentException("remainingCapacity must be zero or more, was " + remainingCapacity);
        }
        if (!(responsiveness >= 0 && responsiveness <= 1)) {
            throw new IllegalArgumentException("responsiveness must be from 0 to 1, was " + responsiveness);
        }
    }

    public UUID personId() {
        return profile.personId();
    }

    /** Responsiveness in thousandths, the precision the score uses. */
    int responsivenessPermille() {
        return (int) Math.round(responsiveness * 1000);
    }
}
