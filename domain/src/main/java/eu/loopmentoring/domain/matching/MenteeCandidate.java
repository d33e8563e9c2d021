package eu.loopmentoring.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** An open mentoring request as matching sees it: who asks, and their needs per dimension (0-100). */
public record MenteeCandidate(UUID requestId, MatchProfile profile, DimensionScores needs) {

    public MenteeCandidate {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(needs, "needs");
    }

    public UUID personId() {
        return profile.personId();
    }
}
