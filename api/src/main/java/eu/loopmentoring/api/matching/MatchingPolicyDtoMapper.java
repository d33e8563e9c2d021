package eu.loopmentoring.api.matching;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matching.MatchingPolicy.Filters;
import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matching.MatchingPolicy.Weights;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.openapi.v1.model.CefrLevelDto;
import eu.loopmentoring.openapi.v1.model.MatchingObjectiveDto;
import eu.loopmentoring.openapi.v1.model.MatchingPolicyDto;
import eu.loopmentoring.openapi.v1.model.MatchingPolicyFiltersDto;
import eu.loopmentoring.openapi.v1.model.MatchingPolicySettingsDto;
import eu.loopmentoring.openapi.v1.model.MatchingPolicyWeightsDto;
import jakarta.enterprise.context.ApplicationScoped;

/** Matching policies on the wire; the settings keep the domain's names. */
@ApplicationScoped
public class MatchingPolicyDtoMapper {

    private final DtoConversions conversions;

    MatchingPolicyDtoMapper(DtoConversions conversions) {
        this.conversions = conversions;
    }

    public MatchingPolicyDto toDto(PolicyVersion version) {
        MatchingPolicy p = version.policy();
        Filters f = p.filters();
        Weights w = p.weights();
        return new MatchingPolicyDto()
                .coalitionId(version.coalitionId())
                .version(p.version())
                .isDefault(version.isDefault())
                .savedAt(version.savedAt().map(conversions::utc).orElse(null))
                .filters(new MatchingPolicyFiltersDto()
                        .sharedLanguage(f.sharedLanguage())
                        .modeAndRegion(f.modeAndRegion())
                        .format(f.format())
                        .notBlocked(f.notBlocked())
                        .differentSchool(f.differentSchool())
                        .capacityLeft(f.capacityLeft()))
                .weights(new MatchingPolicyWeightsDto()
                        .complementarity(w.complementarity())
                        .careerStage(w.careerStage())
                        .subjects(w.subjects())
                        .schoolLevels(w.schoolLevels())
                        .availability(w.availability())
                        .responsiveness(w.responsiveness())
                        .culturalBackground(w.culturalBackground()))
                .minimumLanguageLevel(convert(p.minimumLanguageLevel(), CefrLevelDto.class))
                .needDimensions(p.needDimensions())
                .idealGapMin(p.idealGapMin())
                .idealGapMax(p.idealGapMax())
                .gapTolerance(p.gapTolerance())
                .availabilityTargetMinutes(p.availabilityTargetMinutes())
                .objective(convert(p.objective(), MatchingObjectiveDto.class));
    }

    /** The settings as a policy; its version number is the domain's to give. */
    public MatchingPolicy toDomain(MatchingPolicySettingsDto s) {
        MatchingPolicyFiltersDto f = s.getFilters();
        MatchingPolicyWeightsDto w = s.getWeights();
        return new MatchingPolicy(
                1,
                new Filters(
                        f.getSharedLanguage(),
                        f.getModeAndRegion(),
                        f.getFormat(),
                        f.getNotBlocked(),
                        f.getDifferentSchool(),
                        f.getCapacityLeft()),
                new Weights(
                        w.getComplementarity(),
                        w.getCareerStage(),
                        w.getSubjects(),
                        w.getSchoolLevels(),
                        w.getAvailability(),
                        w.getResponsiveness(),
                        w.getCulturalBackground()),
                convert(s.getMinimumLanguageLevel(), CefrLevel.class),
                s.getNeedDimensions(),
                s.getIdealGapMin(),
                s.getIdealGapMax(),
                s.getGapTolerance(),
                s.getAvailabilityTargetMinutes(),
                convert(s.getObjective(), Objective.class));
    }
}
