package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.profile.CareerStage;
import eu.loopmentoring.domain.resource.Audience;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ResourceImportJob;
import eu.loopmentoring.domain.resource.ResourceMetadata;
import eu.loopmentoring.domain.resource.ResourceReport;
import eu.loopmentoring.domain.resource.ResourceRevision;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.InvalidInputException.FieldError;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.TargetGroup;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.BeanMapping;
import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Resources, revisions, reviews and reports between rows and the domain's records. Enumerations
 * are stored by name; a revision's content is a {@link ContentDocument} in a JSON column.
 */
@Mapper(uses = NullableColumns.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface ResourceEntityMapper {

    @Mapping(target = "metadata", source = ".")
    @Mapping(
            target = "rating",
            expression =
                    "java(new eu.loopmentoring.domain.resource.Rating(entity.getRatingCount(), entity.getRatingSum()))")
    LearningResource toDomain(LearningResourceEntity entity);

    @Mapping(target = "audience", source = ".")
    ResourceMetadata metadata(LearningResourceEntity entity);

    Audience audience(LearningResourceEntity entity);

    @Mapping(target = ".", source = "metadata")
    @Mapping(target = "targetGroups", source = "metadata.audience.targetGroups")
    @Mapping(target = "careerStages", source = "metadata.audience.careerStages")
    @Mapping(target = "schoolLevels", source = "metadata.audience.schoolLevels")
    @Mapping(target = "ratingSum", ignore = true)
    @Mapping(target = "ratingCount", ignore = true)
    LearningResourceEntity toEntity(LearningResource resource);

    /** What changes in a resource's life: its content, its status and the moderation's times. */
    @InheritConfiguration(name = "toEntity")
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "submittedBy", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copy(LearningResource resource, @MappingTarget LearningResourceEntity entity);

    @Mapping(target = "snapshot", source = "content")
    ResourceRevision toDomain(ResourceRevisionEntity entity);

    @Mapping(target = "id", expression = "java(java.util.UUID.randomUUID())")
    @Mapping(target = "content", source = "snapshot")
    ResourceRevisionEntity toEntity(ResourceRevision revision);

    @Mapping(target = "audience", source = ".")
    ResourceMetadata metadata(ContentDocument content);

    Audience audience(ContentDocument content);

    @Mapping(target = "targetGroups", source = "audience.targetGroups")
    @Mapping(target = "careerStages", source = "audience.careerStages")
    @Mapping(target = "schoolLevels", source = "audience.schoolLevels")
    ContentDocument content(ResourceMetadata metadata);

    Review toDomain(ResourceReviewEntity entity);

    @Mapping(target = "resolution", source = ".")
    ResourceReport toDomain(ResourceReportEntity entity);

    /** A report is resolved once it has an outcome. */
    default Optional<ResourceReport.Resolution> resolution(ResourceReportEntity entity) {
        return entity.getOutcome() == null ? Optional.empty() : Optional.of(resolved(entity));
    }

    ResourceReport.Resolution resolved(ResourceReportEntity entity);

    /** The resolution, the only thing that changes in a report. */
    default void copy(ResourceReport report, ResourceReportEntity entity) {
        report.resolution().ifPresent(resolution -> resolve(resolution, entity));
    }

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "outcome")
    @Mapping(target = "note")
    @Mapping(target = "resolvedBy")
    @Mapping(target = "resolvedAt")
    void resolve(ResourceReport.Resolution resolution, @MappingTarget ResourceReportEntity entity);

    ResourceImportJob toDomain(ResourceImportEntity entity);

    ResourceImportJob.RowResult toDomain(ResourceImportEntity.RowDocument row);

    FieldError toDomain(ResourceImportEntity.ViolationDocument violation);

    ResourceImportEntity toEntity(ResourceImportJob job);

    ResourceImportEntity.RowDocument toDocument(ResourceImportJob.RowResult row);

    ResourceImportEntity.ViolationDocument toDocument(FieldError violation);

    Set<TargetGroup> targetGroups(List<String> names);

    Set<CareerStage> careerStages(List<String> names);

    Set<IscedLevel> schoolLevels(List<String> names);

    Set<ProfileDimension> profileDimensions(List<String> names);

    Set<SchoolDimension> schoolDimensions(List<String> names);

    default Set<TargetGroup> targetGroups(String[] names) {
        return targetGroups(list(names));
    }

    default Set<CareerStage> careerStages(String[] names) {
        return careerStages(list(names));
    }

    default Set<IscedLevel> schoolLevels(String[] names) {
        return schoolLevels(list(names));
    }

    default Set<ProfileDimension> profileDimensions(String[] names) {
        return profileDimensions(list(names));
    }

    default Set<SchoolDimension> schoolDimensions(String[] names) {
        return schoolDimensions(list(names));
    }

    default List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    default String[] array(Collection<?> values) {
        return values.stream()
                .map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
                .toArray(String[]::new);
    }
}
