package eu.loopmentoring.api.learningpath;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.api.resource.ResourceDtoMapper;
import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentProgress;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Evidence;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.MeasuredChange;
import eu.loopmentoring.domain.learningpath.Measurement;
import eu.loopmentoring.domain.learningpath.PathContent;
import eu.loopmentoring.domain.learningpath.PathStatus;
import eu.loopmentoring.domain.learningpath.PathStep;
import eu.loopmentoring.domain.learningpath.PathSuggestion;
import eu.loopmentoring.domain.learningpath.StepChange;
import eu.loopmentoring.domain.learningpath.StepKind;
import eu.loopmentoring.domain.learningpath.StepRecord;
import eu.loopmentoring.domain.learningpath.StepStatus;
import eu.loopmentoring.domain.learningpath.SuggestionReason;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import eu.loopmentoring.openapi.v1.model.AssessmentPointDto;
import eu.loopmentoring.openapi.v1.model.CareerStageDto;
import eu.loopmentoring.openapi.v1.model.DimensionChangeDto;
import eu.loopmentoring.openapi.v1.model.EnrollmentDto;
import eu.loopmentoring.openapi.v1.model.EnrollmentProgressDto;
import eu.loopmentoring.openapi.v1.model.EnrollmentStatusDto;
import eu.loopmentoring.openapi.v1.model.EvidenceDto;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.LearningPathContentDto;
import eu.loopmentoring.openapi.v1.model.LearningPathDto;
import eu.loopmentoring.openapi.v1.model.LearningPathStatusDto;
import eu.loopmentoring.openapi.v1.model.LearningPathStepContentDto;
import eu.loopmentoring.openapi.v1.model.LearningPathStepDto;
import eu.loopmentoring.openapi.v1.model.LearningPathSuggestionDto;
import eu.loopmentoring.openapi.v1.model.LearningPathSuggestionModuleDto;
import eu.loopmentoring.openapi.v1.model.LearningPathSuggestionRankingDto;
import eu.loopmentoring.openapi.v1.model.LearningPathSuggestionReasonCodeDto;
import eu.loopmentoring.openapi.v1.model.LearningPathSuggestionReasonDto;
import eu.loopmentoring.openapi.v1.model.LearningPathSuggestionStepDto;
import eu.loopmentoring.openapi.v1.model.MeasuredChangeDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import eu.loopmentoring.openapi.v1.model.ResourceAudienceDto;
import eu.loopmentoring.openapi.v1.model.SchoolDimensionDto;
import eu.loopmentoring.openapi.v1.model.StepKindDto;
import eu.loopmentoring.openapi.v1.model.StepProgressChangeDto;
import eu.loopmentoring.openapi.v1.model.StepProgressDto;
import eu.loopmentoring.openapi.v1.model.StepStatusDto;
import eu.loopmentoring.openapi.v1.model.TargetGroupDto;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Learning paths and enrollments on the wire. A step's {@code available} and an enrollment step's
 * {@code locked} are facts of the moment, not of the stored version: the caller passes the
 * resources that are not published now.
 */
@Mapper(uses = DtoConversions.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public abstract class LearningPathDtoMapper {

    /** Stateless: the same conversions the generated methods use. */
    private final DtoConversions times = new DtoConversions();

    /** The version as the caller sees it now: steps whose resource is {@code unavailable} say so. */
    public LearningPathDto toDto(LearningPath path, Set<UUID> unavailable) {
        LearningPathDto dto = dto(path);
        dto.setSteps(path.content().steps().stream()
                .map(step -> toDto(step, unavailable))
                .toList());
        return dto;
    }

    public LearningPathStepDto toDto(PathStep step, Set<UUID> unavailable) {
        return stepDto(step)
                .available(step.resourceId().filter(unavailable::contains).isEmpty());
    }

    public EnrollmentDto toDto(Enrollment enrollment, Set<UUID> unavailable) {
        LearningPath path = enrollment.path();
        return new EnrollmentDto()
                .id(enrollment.id())
                .learningPathId(path.id())
                .lineageId(path.lineageId())
                .title(path.content().title())
                .versionNumber(path.versionNumber().orElseThrow())
                .status(toDto(enrollment.status()))
                .enrolledAt(times.utc(enrollment.enrolledAt()))
                .completedAt(times.utc(enrollment.completedAt()))
                .leftAt(times.utc(enrollment.leftAt()))
                .steps(path.content().steps().stream()
                        .map(step ->
                                progress(step, enrollment.record(step.key()), enrollment.locked(step), unavailable))
                        .toList())
                .progress(toDto(enrollment.progress()))
                .version(enrollment.version());
    }

    /** The learner's measured change, as one enrollment's answer carries it. */
    public MeasuredChangeDto toDto(MeasuredChange change) {
        return new MeasuredChangeDto()
                .before(point(change.before()))
                .after(point(change.after()))
                .dimensions(change.dimensions().stream()
                        .map(d -> new DimensionChangeDto()
                                .dimension(toDto(d.dimension()))
                                .before(d.before())
                                .after(d.after())
                                .change(d.change()))
                        .toList());
    }

    private AssessmentPointDto point(Measurement measurement) {
        return new AssessmentPointDto()
                .responseId(measurement.responseId())
                .submittedAt(times.utc(measurement.submittedAt()));
    }

    private StepProgressDto progress(PathStep step, StepRecord record, boolean locked, Set<UUID> unavailable) {
        return new StepProgressDto()
                .step(toDto(step, unavailable))
                .status(toDto(record.status()))
                .locked(locked)
                .evidence(record.evidence().isEmpty() ? null : toDto(record.evidence()))
                .reflection(record.reflection().orElse(null))
                .startedAt(times.utc(record.startedAt()))
                .doneAt(times.utc(record.doneAt()));
    }

    /** The suggestion with its reasons; a resource step's ranking in the recommendations' words. */
    public LearningPathSuggestionDto toDto(PathSuggestion suggestion, ResourceDtoMapper resources) {
        return new LearningPathSuggestionDto()
                .basedOnResponseId(suggestion.basedOnResponseId())
                .title(suggestion.title())
                .summary(suggestion.summary())
                .languages(suggestion.languages())
                .profileDimensions(suggestion.profileDimensions().stream()
                        .sorted()
                        .map(this::toDto)
                        .toList())
                .topics(suggestion.topics())
                .modules(suggestion.modules().stream()
                        .map(m -> new LearningPathSuggestionModuleDto()
                                .title(m.title())
                                .reason(toDto(m.reason())))
                        .toList())
                .steps(suggestion.steps().stream()
                        .map(step -> suggested(step, resources))
                        .toList());
    }

    private LearningPathSuggestionStepDto suggested(PathSuggestion.Step suggested, ResourceDtoMapper resources) {
        PathStep step = suggested.step();
        return new LearningPathSuggestionStepDto()
                .key(step.key())
                .kind(toDto(step.kind()))
                .title(step.title())
                .instructions(step.instructions())
                .required(step.required())
                .module(step.module().orElse(null))
                .dependsOn(step.dependsOn())
                .resourceId(step.resourceId().orElse(null))
                .prompt(step.prompt().orElse(null))
                .reasons(suggested.reasons().stream().map(this::toDto).toList())
                .ranking(suggested
                        .ranking()
                        .map(r -> new LearningPathSuggestionRankingDto()
                                .score(resources.number(r.score()))
                                .reasons(r.reasons().stream()
                                        .map(resources::toDto)
                                        .toList()))
                        .orElse(null));
    }

    public LearningPathSuggestionReasonDto toDto(SuggestionReason reason) {
        return switch (reason) {
            case SuggestionReason.WeakDimension w ->
                new LearningPathSuggestionReasonDto()
                        .code(LearningPathSuggestionReasonCodeDto.WEAK_DIMENSION)
                        .dimension(toDto(w.dimension()))
                        .score(w.score());
            case SuggestionReason.TrainingNeed t ->
                new LearningPathSuggestionReasonDto()
                        .code(LearningPathSuggestionReasonCodeDto.TRAINING_NEED)
                        .topic(t.topic());
            case SuggestionReason.MentoringRelationship m ->
                new LearningPathSuggestionReasonDto()
                        .code(LearningPathSuggestionReasonCodeDto.MENTORING_RELATIONSHIP)
                        .relationshipId(m.relationshipId());
        };
    }

    public abstract ProfileDimensionDto toDto(ProfileDimension dimension);

    public abstract StepKindDto toDto(StepKind kind);

    public abstract StepStatusDto toDto(StepStatus status);

    public abstract EnrollmentProgressDto toDto(EnrollmentProgress progress);

    public abstract EvidenceDto toDto(Evidence evidence);

    @Mapping(target = ".", source = "content")
    @Mapping(target = "steps", ignore = true)
    public abstract LearningPathDto dto(LearningPath path);

    @Mapping(target = "available", ignore = true)
    public abstract LearningPathStepDto stepDto(PathStep step);

    public abstract ResourceAudienceDto toDto(Audience audience);

    public abstract PathContent toDomain(LearningPathContentDto content);

    public abstract Audience toDomain(ResourceAudienceDto audience);

    public abstract PathStep toDomain(LearningPathStepContentDto step);

    public boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    public int count(Integer value) {
        return value == null ? 0 : value;
    }

    public StepChange toDomain(StepProgressChangeDto change) {
        return new StepChange(
                toDomain(change.getStatus()),
                Optional.ofNullable(change.getEvidence()).map(e -> new Evidence(e.getText(), e.getLinks())),
                Optional.ofNullable(change.getReflection()));
    }

    public abstract StepStatus toDomain(StepStatusDto status);

    public abstract PathStatus toDomain(LearningPathStatusDto status);

    public abstract LearningPathStatusDto toDto(PathStatus status);

    public abstract EnrollmentStatus toDomain(EnrollmentStatusDto status);

    public abstract EnrollmentStatusDto toDto(EnrollmentStatus status);

    public abstract ProfileDimension toDomain(ProfileDimensionDto dimension);

    public abstract SchoolDimension toDomain(SchoolDimensionDto dimension);

    public abstract CareerStage toDomain(CareerStageDto stage);

    public abstract TargetGroup toDomain(TargetGroupDto group);

    public abstract IscedLevel toDomain(IscedLevelDto level);
}
