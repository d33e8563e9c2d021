package eu.loopmentoring.api.resource;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ModerationItem;
import eu.loopmentoring.domain.resource.Rating;
import eu.loopmentoring.domain.resource.ReportCategory;
import eu.loopmentoring.domain.resource.ReportOutcome;
import eu.loopmentoring.domain.resource.ResourceBank;
import eu.loopmentoring.domain.resource.ResourceChanges;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceMetadata;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.ResourceSort;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.resource.ResourceType;
import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.resource.RevisionKind;
import eu.loopmentoring.domain.resource.UseKind;
import eu.loopmentoring.domain.resource.recommendation.Reason;
import eu.loopmentoring.domain.resource.recommendation.ReasonCode;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
import eu.loopmentoring.openapi.v1.model.CefrLevelDto;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.ModerationDecisionDto;
import eu.loopmentoring.openapi.v1.model.ModerationQueueItemDto;
import eu.loopmentoring.openapi.v1.model.PersonReferenceDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.ReportCategoryDto;
import eu.loopmentoring.openapi.v1.model.ReportOutcomeDto;
import eu.loopmentoring.openapi.v1.model.ResourceAudienceDto;
import eu.loopmentoring.openapi.v1.model.ResourceChangesDto;
import eu.loopmentoring.openapi.v1.model.ResourceContentDto;
import eu.loopmentoring.openapi.v1.model.ResourceDto;
import eu.loopmentoring.openapi.v1.model.ResourceFacetCountDto;
import eu.loopmentoring.openapi.v1.model.ResourceFacetsDto;
import eu.loopmentoring.openapi.v1.model.ResourceImportDto;
import eu.loopmentoring.openapi.v1.model.ResourceImportRowDto;
import eu.loopmentoring.openapi.v1.model.ResourceRatingDto;
import eu.loopmentoring.openapi.v1.model.ResourceRecommendationDto;
import eu.loopmentoring.openapi.v1.model.ResourceRecommendationReasonCodeDto;
import eu.loopmentoring.openapi.v1.model.ResourceRecommendationReasonDto;
import eu.loopmentoring.openapi.v1.model.ResourceReportDto;
import eu.loopmentoring.openapi.v1.model.ResourceReportResolutionDto;
import eu.loopmentoring.openapi.v1.model.ResourceReviewDto;
import eu.loopmentoring.openapi.v1.model.ResourceRevisionDto;
import eu.loopmentoring.openapi.v1.model.ResourceRevisionKindDto;
import eu.loopmentoring.openapi.v1.model.ResourceSortDto;
import eu.loopmentoring.openapi.v1.model.ResourceStatusDto;
import eu.loopmentoring.openapi.v1.model.ResourceTypeDto;
import eu.loopmentoring.openapi.v1.model.ResourceUseDto;
import eu.loopmentoring.openapi.v1.model.ResourceUseKindDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import eu.loopmentoring.openapi.v1.model.TargetGroupDto;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Resources on the wire. The content fields are the same in a new resource, a change, a resource
 * and a revision; enumerations carry the same names on both sides. Absent optional arrays arrive
 * as null; the domain gets them empty.
 */
@Mapper(uses = DtoConversions.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface ResourceDtoMapper {

    /** The most values of one facet an answer lists (schema ResourceFacetCounts). */
    int MAX_FACET_VALUES = 100;

    @Mapping(target = "score", source = "recommendation.score")
    @Mapping(target = "reasons", source = "recommendation.reasons")
    ResourceRecommendationDto toDto(ResourceRecommender.Recommended recommended);

    /** The reason's code and contribution, and the facts of its kind. */
    default ResourceRecommendationReasonDto toDto(Reason reason) {
        ResourceRecommendationReasonDto dto = new ResourceRecommendationReasonDto()
                .code(toDto(reason.code()))
                .contribution(number(reason.contribution()));
        switch (reason) {
            case Reason.TrainingNeed t -> dto.topic(t.topic());
            case Reason.Interest i -> dto.topic(i.topic());
            case Reason.WeakDimension w -> dto.dimension(toDto(w.dimension())).score(w.score());
            case Reason.CareerStageFit c -> dto.stage(toDto(c.stage())).fit(toDto(c.fit()));
            case Reason.Language l ->
                dto.language(l.language()).level(toDto(l.level())).motherTongue(l.motherTongue());
            case Reason.Rating g ->
                dto.average(number(g.average())).count(g.count()).adjustedAverage(number(g.adjustedAverage()));
            case Reason.AlreadyOpened o -> {}
        }
        return dto;
    }

    @Mapping(target = "processed", expression = "java(job.results().size())")
    @Mapping(target = "created", expression = "java(created(job, true))")
    @Mapping(target = "invalid", expression = "java(created(job, false))")
    ResourceImportDto toDto(ResourceImportJob job);

    @Mapping(
            target = "outcome",
            expression = "java(row.resourceId().isPresent() ? ResourceImportRowDto.OutcomeEnum.CREATED"
                    + " : ResourceImportRowDto.OutcomeEnum.INVALID)")
    ResourceImportRowDto toDto(ResourceImportJob.RowResult row);

    @Mapping(target = "in", constant = "BODY")
    ViolationDto toDto(FieldError violation);

    default int created(ResourceImportJob job, boolean created) {
        return (int) job.results().stream()
                .filter(r -> r.resourceId().isPresent() == created)
                .count();
    }

    /** Each facet's values, most results first, then by value; the first {@value #MAX_FACET_VALUES}. */
    default ResourceFacetsDto toDto(Map<ResourceFacet, Map<String, Long>> facets) {
        Function<ResourceFacet, List<ResourceFacetCountDto>> counts =
                facet -> facets.getOrDefault(facet, Map.of()).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(MAX_FACET_VALUES)
                        .map(e -> new ResourceFacetCountDto().value(e.getKey()).count(e.getValue()))
                        .toList();
        return new ResourceFacetsDto()
                .type(counts.apply(ResourceFacet.TYPE))
                .language(counts.apply(ResourceFacet.LANGUAGE))
                .targetGroup(counts.apply(ResourceFacet.TARGET_GROUP))
                .careerStage(counts.apply(ResourceFacet.CAREER_STAGE))
                .schoolLevel(counts.apply(ResourceFacet.SCHOOL_LEVEL))
                .profileDimension(counts.apply(ResourceFacet.PROFILE_DIMENSION))
                .schoolDimension(counts.apply(ResourceFacet.SCHOOL_DIMENSION))
                .topic(counts.apply(ResourceFacet.TOPIC))
                .country(counts.apply(ResourceFacet.COUNTRY))
                .licence(counts.apply(ResourceFacet.LICENCE));
    }

    ResourceMetadata toDomain(ResourceContentDto content);

    /** Absent properties (null in the DTO) stay as they are. */
    default ResourceChanges toDomain(ResourceChangesDto d) {
        return new ResourceChanges(
                Optional.ofNullable(d.getTitle()),
                Optional.ofNullable(d.getSummary()),
                Optional.ofNullable(d.getDescription()),
                Optional.ofNullable(d.getType()).map(this::toDomain),
                Optional.ofNullable(d.getUrl()),
                Optional.ofNullable(d.getLanguages()),
                Optional.ofNullable(d.getLicence()),
                Optional.ofNullable(d.getAudience()).map(this::toDomain),
                Optional.ofNullable(d.getProfileDimensions()).map(this::profileDimensions),
                Optional.ofNullable(d.getSchoolDimensions()).map(this::schoolDimensions),
                Optional.ofNullable(d.getTopics()),
                Optional.ofNullable(d.getEstimatedMinutes()),
                Optional.ofNullable(d.getAuthors()),
                Optional.ofNullable(d.getOrganizationId()),
                Optional.ofNullable(d.getCountry()));
    }

    /** No audience is everyone. */
    default Audience toDomain(ResourceAudienceDto audience) {
        return audience == null ? Audience.EVERYONE : audience(audience);
    }

    @Named("presentAudience")
    Audience audience(ResourceAudienceDto audience);

    Set<ProfileDimension> profileDimensions(Set<ProfileDimensionDto> dimensions);

    Set<SchoolDimension> schoolDimensions(Set<SchoolDimensionDto> dimensions);

    @Mapping(target = ".", source = "metadata")
    ResourceDto toDto(LearningResource resource);

    @Mapping(target = "average", expression = "java(rating.average().map(this::number).orElse(null))")
    ResourceRatingDto toDto(Rating rating);

    ResourceContentDto toContentDto(ResourceMetadata metadata);

    ResourceAudienceDto toDto(Audience audience);

    @Mapping(target = "content", source = "snapshot")
    ResourceRevisionDto toDto(ResourceRevision revision);

    @Mapping(target = "reviewer", expression = "java(reviewer(review))")
    ResourceReviewDto toDto(Review review);

    @Mapping(
            target = "status",
            expression = "java(report.isOpen() ? ResourceReportDto.StatusEnum.OPEN"
                    + " : ResourceReportDto.StatusEnum.RESOLVED)")
    ResourceReportDto toDto(ResourceReport report);

    ResourceReportResolutionDto toDto(ResourceReport.Resolution resolution);

    ResourceUseDto toDto(ResourceUse use);

    ModerationQueueItemDto toDto(ModerationItem item);

    ResourceStatusDto toDto(ResourceStatus status);

    ResourceStatus toDomain(ResourceStatusDto status);

    ResourceTypeDto toDto(ResourceType type);

    ResourceType toDomain(ResourceTypeDto type);

    UseKind toDomain(ResourceUseKindDto kind);

    ResourceUseKindDto toDto(UseKind kind);

    ReportCategory toDomain(ReportCategoryDto category);

    ReportCategoryDto toDto(ReportCategory category);

    ReportOutcome toDomain(ReportOutcomeDto outcome);

    ReportOutcomeDto toDto(ReportOutcome outcome);

    ResourceRevisionKindDto toDto(RevisionKind kind);

    ModerationQueueItemDto.KindEnum toDto(ModerationItem.Kind kind);

    ResourceImportDto.FormatEnum toDto(ResourceImportJob.Format format);

    ResourceImportDto.StatusEnum toDto(ResourceImportJob.Status status);

    ResourceRecommendationReasonCodeDto toDto(ReasonCode code);

    ResourceRecommendationReasonDto.FitEnum toDto(Reason.StageFit fit);

    ProfileDimensionDto toDto(ProfileDimension dimension);

    SchoolDimensionDto toDto(SchoolDimension dimension);

    TargetGroupDto toDto(TargetGroup group);

    CareerStageDto toDto(CareerStage stage);

    IscedLevelDto toDto(IscedLevel level);

    CefrLevelDto toDto(CefrLevel level);

    ProfileDimension toDomain(ProfileDimensionDto dimension);

    SchoolDimension toDomain(SchoolDimensionDto dimension);

    TargetGroup toDomain(TargetGroupDto group);

    CareerStage toDomain(CareerStageDto stage);

    IscedLevel toDomain(IscedLevelDto level);

    ResourceSort toDomain(ResourceSortDto sort);

    ResourceBank.Decision toDomain(ModerationDecisionDto.DecisionEnum decision);

    default PersonReferenceDto reviewer(Review review) {
        return new PersonReferenceDto().id(review.personId()).displayName(review.displayName());
    }

    default ResourceReportResolutionDto resolution(Optional<ResourceReport.Resolution> resolution) {
        return resolution.map(this::toDto).orElse(null);
    }

    default ResourceReportDto report(Optional<ResourceReport> report) {
        return report.map(this::toDto).orElse(null);
    }

    default Integer minutes(Optional<Integer> minutes) {
        return minutes.orElse(null);
    }

    default Optional<Integer> minutes(Integer minutes) {
        return Optional.ofNullable(minutes);
    }

    default Optional<UUID> uuid(UUID id) {
        return Optional.ofNullable(id);
    }

    default double number(BigDecimal value) {
        return value.doubleValue();
    }
}
