package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.MatchingPolicy;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a coalition's matching policy: saved by a coordinator, or the default in force
 * until one is saved ({@code savedAt} empty). The policy's own version number is the version.
 */
public record PolicyVersion(
        UUID coalitionId, MatchingPolicy policy, Optional<UUID> savedBy, Optional<Instant> savedAt) {

    public PolicyVersion {
        Objects.requireNonNull(coalitionId, "coalitionId");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public static PolicyVersion defaultFor(UUID coalitionId) {
        return new PolicyVersion(coalitionId, MatchingPolicy.DEFAULT, Optional.empty(), Optional.empty());
    }

    public int version() {
        return policy.version();
    }

    public boolean isDefault() {
        return savedAt.isEmpty();
    }
}
