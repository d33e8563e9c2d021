package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.learningpath.Enrollment;
import eu.loopmentoring.domain.learningpath.EnrollmentStatus;
import eu.loopmentoring.domain.learningpath.Evidence;
import eu.loopmentoring.domain.learningpath.LearningPath;
import eu.loopmentoring.domain.learningpath.PathContent;
import eu.loopmentoring.domain.learningpath.PathStep;
import eu.loopmentoring.domain.learningpath.StepRecord;
import eu.loopmentoring.domain.learningpath.StepStatus;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Learning paths and enrollments between rows and the domain's records. Enumerations are stored
 * by name; steps and the learner's records of them are JSON documents.
 */
@Mapper(uses = NullableColumns.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public abstract class LearningPathEntityMapper {

    @Mapping(target = "content", source = ".")
    public abstract LearningPath toDomain(LearningPathEntity entity);

    @Mapping(target = "audience", source = ".")
    abstract PathContent content(LearningPathEntity entity);

    abstract Audience audience(LearningPathEntity entity);

    abstract PathStep step(StepDocument document);

    abstract StepDocument document(PathStep step);

    /** Everything of the version, its row version included: the repository decides what that is. */
    @Mapping(target = ".", source = "content")
    @Mapping(target = "targetGroups", source = "content.audience.targetGroups")
    @Mapping(target = "careerStages", source = "content.audience.careerStages")
    @Mapping(target = "schoolLevels", source = "content.audience.schoolLevels")
    public abstract void copy(LearningPath path, @MappingTarget LearningPathEntity entity);

    public Enrollment toDomain(EnrollmentEntity entity, LearningPath path) {
        Map<String, StepRecord> steps = new LinkedHashMap<>();
        entity.getSteps().forEach((key, document) -> steps.put(key, record(document)));
        return new Enrollment(
                entity.getId(),
                entity.getPersonId(),
                path,
                EnrollmentStatus.valueOf(entity.getStatus()),
                entity.getEnrolledAt(),
                Optional.ofNullable(entity.getCompletedAt()),
                Optional.ofNullable(entity.getLeftAt()),
                steps,
                entity.getVersion());
    }

    /** Everything of the enrollment but its row version, which the repository keeps. */
    public void copy(Enrollment enrollment, EnrollmentEntity entity) {
        entity.setId(enrollment.id());
        entity.setPersonId(enrollment.personId());
        entity.setLearningPathId(enrollment.path().id());
        entity.setLineageId(enrollment.path().lineageId());
        entity.setStatus(enrollment.status().name());
        entity.setEnrolledAt(enrollment.enrolledAt());
        entity.setCompletedAt(enrollment.completedAt().orElse(null));
        entity.setLeftAt(enrollment.leftAt().orElse(null));
        Map<String, StepRecordDocument> steps = new LinkedHashMap<>();
        enrollment.steps().forEach((key, record) -> steps.put(key, document(record)));
        entity.setSteps(steps);
    }

    private static StepRecord record(StepRecordDocument document) {
        return new StepRecord(
                StepStatus.valueOf(document.status()),
                new Evidence(document.evidenceText(), document.evidenceLinks()),
                Optional.ofNullable(document.reflection()),
                Optional.ofNullable(document.startedAt()).map(Instant::parse),
                Optional.ofNullable(document.doneAt()).map(Instant::parse));
    }

    private static StepRecordDocument document(StepRecord record) {
        return new StepRecordDocument(
                record.status().name(),
                record.evidence().text().isEmpty() ? null : record.evidence().text(),
                record.evidence().links().isEmpty() ? null : record.evidence().links(),
                record.reflection().orElse(null),
                record.startedAt().map(Instant::toString).orElse(null),
                record.doneAt().map(Instant::toString).orElse(null));
    }
}
