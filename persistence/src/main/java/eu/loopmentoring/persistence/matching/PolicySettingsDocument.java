package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matching.MatchingPolicy.Filters;
import eu.loopmentoring.domain.matching.MatchingPolicy.Weights;

/**
 * The stored form of a policy's settings ({@code matching_policy.settings}). Its property names are
 * a storage format: renaming one needs a data migration.
 */
public record PolicySettingsDocument(
        Filters filters,
        Weights weights,
        String minimumLanguageLevel,
        int needDimensions,
        int idealGapMin,
        int idealGapMax,
        int gapTolerance,
        int availabilityTargetMinutes,
        String objective) {}
