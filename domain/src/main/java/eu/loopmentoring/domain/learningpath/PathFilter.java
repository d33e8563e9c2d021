package eu.loopmentoring.domain.learningpath;

import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a listing of paths asks for: the published versions (newest publication first) or the
 * drafts (most recently changed first), narrowed by the filters. {@code words} are search words in
 * their plain form ({@code SearchWords.plain}).
 */
public record PathFilter(
        PathStatus status,
        Optional<String> words,
        Optional<ProfileDimension> profileDimension,
        Optional<SchoolDimension> schoolDimension,
        Optional<CareerStage> careerStage,
        Optional<TargetGroup> targetGroup,
        Optional<String> language,
        Optional<String> topic,
        Optional<UUID> coalitionId,
        Optional<UUID> organizationId) {

    public PathFilter {
        Objects.requireNonNull(status, "status");
    }
}
