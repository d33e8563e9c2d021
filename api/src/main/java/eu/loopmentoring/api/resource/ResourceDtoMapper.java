package eu.loopmentoring.api.resource;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ModerationItem;
import eu.loopmentoring.domain.resource.ReportCategory;
import eu.loopmentoring.domain.resource.ReportOutcome;
import eu.loopmentoring.domain.resource.ResourceChanges;
import eu.loopmentoring.domain.resource.ResourceFacet;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceMetadata;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.ResourceStatus;
import eu.loopmentoring.domain.resource.ResourceType;
import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.resource.UseKind;
import eu.loopmentoring.domain.resource.recommendation.Reason;
import eu.loopmentoring.domain.resource.recommendation.Recommendation;
import eu.loopmentoring.domain.resource.recommendation.ResourceRecommender;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
import eu.loopmentoring.openapi.v1.model.CefrLevelDto;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
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
import eu.loopmentoring.openapi.v1.model.ResourceStatusDto;
import eu.loopmentoring.openapi.v1.model.ResourceTypeDto;
import eu.loopmentoring.openapi.v1.model.ResourceUseDto;
import eu.loopmentoring.openapi.v1.model.ResourceUseKindDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import eu.loopmentoring.openapi.v1.model.TargetGroupDto;
import eu.loopmentoring.openapi.v1.model.ViolationDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resources on the wire. The content fields are the same in a new resource, a change, a resource
 * and a revision: they are written once ({@link #toContentDto}) and copied into a resource.
 */
@ApplicationScoped
public class ResourceDtoMapper {

    private final ResourceContentCopier content;

    ResourceDtoMapper(ResourceContentCopier content) {
        this.content = content;
    }

    public ResourceRecommendationDto toDto(ResourceRecommender.Recommended recommended) {
        Recommendation r = recommended.recommendation();
        return new ResourceRecommendationDto()
                .resource(toDto(recommended.resource()))
                .score(r.score().doubleValue())
                .reasons(r.reasons().stream().map(ResourceDtoMapper::toDto).toList());
    }

    private static ResourceRecommendationReasonDto toDto(Reason reason) {
        ResourceRecommendationReasonDto dto = new ResourceRecommendationReasonDto()
                .code(ResourceRecommendationReasonCodeDto.fromValue(
                        reason.code().name()))
                .contribution(reason.contribution().doubleValue());
        switch (reason) {
            case Reason.TrainingNeed t -> dto.topic(t.topic());
            case Reason.Interest i -> dto.topic(i.topic());
            case Reason.WeakDimension w ->
                dto.dimension(ProfileDimensionDto.fromValue(w.dimension().name()))
                        .score(w.score());
            case Reason.CareerStageFit c ->
                dto.stage(CareerStageDto.fromValue(c.stage().name()))
                        .fit(ResourceRecommendationReasonDto.FitEnum.fromValue(
                                c.fit().name()));
            case Reason.Language l ->
                dto.language(l.language())
                        .level(CefrLevelDto.fromValue(l.level().name()))
                        .motherTongue(l.motherTongue());
            case Reason.Rating g ->
                dto.average(g.average().doubleValue())
                        .count(g.count())
                        .adjustedAverage(g.adjustedAverage().doubleValue());
            case Reason.AlreadyOpened o -> {}
        }
        return dto;
    }

    public ResourceImportDto toDto(ResourceImportJob job) {
        return new ResourceImportDto()
                .id(job.id())
                .format(ResourceImportDto.FormatEnum.fromValue(job.format().name()))
                .status(ResourceImportDto.StatusEnum.fromValue(job.status().name()))
                .rows(job.rows())
                .processed(job.results().size())
                .created((int) job.results().stream()
                        .filter(r -> r.resourceId().isPresent())
                        .count())
                .invalid((int) job.results().stream()
                        .filter(r -> r.resourceId().isEmpty())
                        .count())
                .createdAt(utc(job.createdAt()))
                .finishedAt(job.finishedAt().map(this::utc).orElse(null))
                .results(job.results().stream()
                        .map(r -> new ResourceImportRowDto()
                                .row(r.row())
                                .outcome(
                                        r.resourceId().isPresent()
                                                ? ResourceImportRowDto.OutcomeEnum.CREATED
                                                : ResourceImportRowDto.OutcomeEnum.INVALID)
                                .resourceId(r.resourceId().orElse(null))
                                .violations(r.violations().stream()
                                        .map(v -> new ViolationDto()
                                                .in(ViolationDto.InEnum.BODY)
                                                .field(v.field())
                                                .message(v.message()))
                                        .toList()))
                        .toList());
    }

    /** The most values of one facet an answer lists (schema ResourceFacetCounts). */
    static final int MAX_FACET_VALUES = 100;

    /** Each facet's values, most results first, then by value; the first {@value #MAX_FACET_VALUES}. */
    public ResourceFacetsDto toDto(Map<ResourceFacet, Map<String, Long>> facets) {
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

    public ResourceMetadata toDomain(ResourceContentDto d) {
        return new ResourceMetadata(
                d.getTitle(),
                d.getSummary(),
                d.getDescription(),
                d.getType() == null ? null : ResourceType.valueOf(d.getType().name()),
                d.getUrl(),
                d.getLanguages(),
                d.getLicence(),
                toDomain(d.getAudience()),
                enums(d.getProfileDimensions(), v -> ProfileDimension.valueOf(v.name())),
                enums(d.getSchoolDimensions(), v -> SchoolDimension.valueOf(v.name())),
                d.getTopics(),
                Optional.ofNullable(d.getEstimatedMinutes()),
                d.getAuthors(),
                Optional.ofNullable(d.getOrganizationId()),
                Optional.ofNullable(d.getCountry()));
    }

    /** Absent properties (null in the DTO) stay as they are. */
    public ResourceChanges toDomain(ResourceChangesDto d) {
        return new ResourceChanges(
                Optional.ofNullable(d.getTitle()),
                Optional.ofNullable(d.getSummary()),
                Optional.ofNullable(d.getDescription()),
                Optional.ofNullable(d.getType()).map(t -> ResourceType.valueOf(t.name())),
                Optional.ofNullable(d.getUrl()),
                Optional.ofNullable(d.getLanguages()),
                Optional.ofNullable(d.getLicence()),
                Optional.ofNullable(d.getAudience()).map(this::toDomain),
                Optional.ofNullable(d.getProfileDimensions())
                        .map(v -> enums(v, x -> ProfileDimension.valueOf(x.name()))),
                Optional.ofNullable(d.getSchoolDimensions()).map(v -> enums(v, x -> SchoolDimension.valueOf(x.name()))),
                Optional.ofNullable(d.getTopics()),
                Optional.ofNullable(d.getEstimatedMinutes()),
                Optional.ofNullable(d.getAuthors()),
                Optional.ofNullable(d.getOrganizationId()),
                Optional.ofNullable(d.getCountry()));
    }

    public Audience toDomain(ResourceAudienceDto d) {
        if (d == null) {
            return Audience.EVERYONE;
        }
        return new Audience(
                enums(d.getTargetGroups(), v -> TargetGroup.valueOf(v.name())),
                enums(d.getCareerStages(), v -> CareerStage.valueOf(v.name())),
                enums(d.getSchoolLevels(), v -> IscedLevel.valueOf(v.name())));
    }

    public ResourceDto toDto(LearningResource r) {
        ResourceDto dto = new ResourceDto()
                .id(r.id())
                .status(toDto(r.status()))
                .submittedBy(r.submittedBy().orElse(null))
                .createdAt(utc(r.createdAt()))
                .updatedAt(utc(r.updatedAt()))
                .submittedAt(r.submittedAt().map(this::utc).orElse(null))
                .publishedAt(r.publishedAt().map(this::utc).orElse(null))
                .rejectionReason(r.rejectionReason().orElse(null))
                .version(r.version())
                .rating(new ResourceRatingDto()
                        .count(r.rating().count())
                        .average(r.rating().average().map(Number::doubleValue).orElse(null)));
        content.copy(toContentDto(r.metadata()), dto);
        return dto;
    }

    public ResourceContentDto toContentDto(ResourceMetadata m) {
        return new ResourceContentDto()
                .title(m.title())
                .summary(m.summary())
                .description(m.description())
                .type(ResourceTypeDto.valueOf(m.type().name()))
                .url(m.url())
                .languages(new ArrayList<>(m.languages()))
                .licence(m.licence())
                .audience(toDto(m.audience()))
                .profileDimensions(dtos(m.profileDimensions(), v -> ProfileDimensionDto.valueOf(v.name())))
                .schoolDimensions(dtos(m.schoolDimensions(), v -> SchoolDimensionDto.valueOf(v.name())))
                .topics(new ArrayList<>(m.topics()))
                .estimatedMinutes(m.estimatedMinutes().orElse(null))
                .authors(new ArrayList<>(m.authors()))
                .organizationId(m.organizationId().orElse(null))
                .country(m.country().orElse(null));
    }

    public ResourceAudienceDto toDto(Audience a) {
        return new ResourceAudienceDto()
                .targetGroups(dtos(a.targetGroups(), v -> TargetGroupDto.valueOf(v.name())))
                .careerStages(dtos(a.careerStages(), v -> CareerStageDto.valueOf(v.name())))
                .schoolLevels(dtos(a.schoolLevels(), v -> IscedLevelDto.valueOf(v.name())));
    }

    public ResourceRevisionDto toDto(ResourceRevision v) {
        return new ResourceRevisionDto()
                .version(v.version())
                .kind(ResourceRevisionKindDto.valueOf(v.kind().name()))
                .changedBy(v.changedBy().orElse(null))
                .changedAt(utc(v.changedAt()))
                .status(toDto(v.status()))
                .changedFields(new ArrayList<>(v.changedFields()))
                .note(v.note().orElse(null))
                .content(toContentDto(v.snapshot()));
    }

    public ResourceReviewDto toDto(Review r) {
        return new ResourceReviewDto()
                .resourceId(r.resourceId())
                .reviewer(new PersonReferenceDto().id(r.personId()).displayName(r.displayName()))
                .rating(r.rating())
                .comment(r.comment())
                .createdAt(utc(r.createdAt()))
                .updatedAt(utc(r.updatedAt()));
    }

    public ResourceReportDto toDto(ResourceReport r) {
        return new ResourceReportDto()
                .id(r.id())
                .resourceId(r.resourceId())
                .category(ReportCategoryDto.valueOf(r.category().name()))
                .text(r.text())
                .createdAt(utc(r.createdAt()))
                .status(r.isOpen() ? ResourceReportDto.StatusEnum.OPEN : ResourceReportDto.StatusEnum.RESOLVED)
                .resolution(r.resolution()
                        .map(s -> new ResourceReportResolutionDto()
                                .outcome(ReportOutcomeDto.valueOf(s.outcome().name()))
                                .note(s.note())
                                .resolvedAt(utc(s.resolvedAt())))
                        .orElse(null));
    }

    public ResourceUseDto toDto(ResourceUse u) {
        return new ResourceUseDto()
                .resourceId(u.resourceId())
                .kind(ResourceUseKindDto.valueOf(u.kind().name()))
                .at(utc(u.at()));
    }

    public ModerationQueueItemDto toDto(ModerationItem item) {
        return new ModerationQueueItemDto()
                .kind(ModerationQueueItemDto.KindEnum.valueOf(item.kind().name()))
                .at(utc(item.at()))
                .resource(toDto(item.resource()))
                .report(item.report().map(this::toDto).orElse(null));
    }

    public ResourceStatusDto toDto(ResourceStatus status) {
        return ResourceStatusDto.valueOf(status.name());
    }

    public ResourceStatus toDomain(ResourceStatusDto status) {
        return ResourceStatus.valueOf(status.name());
    }

    public ResourceType toDomain(ResourceTypeDto type) {
        return ResourceType.valueOf(type.name());
    }

    public UseKind toDomain(ResourceUseKindDto kind) {
        return UseKind.valueOf(kind.name());
    }

    public ReportCategory toDomain(ReportCategoryDto category) {
        return category == null ? null : ReportCategory.valueOf(category.name());
    }

    public ReportOutcome toDomain(ReportOutcomeDto outcome) {
        return outcome == null ? null : ReportOutcome.valueOf(outcome.name());
    }

    public OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <A, B> Set<B> enums(Collection<A> values, Function<A, B> convert) {
        return values == null ? Set.of() : values.stream().map(convert).collect(Collectors.toSet());
    }

    private static <A, B> Set<B> dtos(Collection<A> values, Function<A, B> convert) {
        return values.stream().map(convert).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
