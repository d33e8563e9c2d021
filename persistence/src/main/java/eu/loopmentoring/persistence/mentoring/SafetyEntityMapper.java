package eu.loopmentoring.persistence.mentoring;

import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.util.Optional;
import org.mapstruct.AfterMapping;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Blocks and reports, rows to domain records and back; a report's resolution is its four resolution columns. */
@Mapper(uses = NullableColumns.class)
public interface SafetyEntityMapper {

    PersonBlock toDomain(PersonBlockEntity entity);

    @Mapping(target = "resolution", source = ".")
    PersonReport toDomain(PersonReportEntity entity);

    @Mapping(target = "moderatorId", source = "resolvedBy")
    @Mapping(target = "note", source = "resolutionNote")
    PersonReport.Resolution resolution(PersonReportEntity entity);

    /** A report is resolved once it has a resolution time. */
    default Optional<PersonReport.Resolution> optionalResolution(PersonReportEntity entity) {
        return Optional.ofNullable(entity.getResolvedAt()).map(at -> resolution(entity));
    }

    @Mapping(target = "resolvedBy", ignore = true)
    @Mapping(target = "outcome", ignore = true)
    @Mapping(target = "resolutionNote", ignore = true)
    @Mapping(target = "resolvedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copy(PersonReport report, @MappingTarget PersonReportEntity entity);

    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "resolvedBy", source = "moderatorId")
    @Mapping(target = "outcome")
    @Mapping(target = "resolutionNote", source = "note")
    @Mapping(target = "resolvedAt")
    void copy(PersonReport.Resolution resolution, @MappingTarget PersonReportEntity entity);

    @AfterMapping
    default void resolution(PersonReport report, @MappingTarget PersonReportEntity entity) {
        report.resolution().ifPresentOrElse(resolution -> copy(resolution, entity), () -> {
            entity.setResolvedBy(null);
            entity.setOutcome(null);
            entity.setResolutionNote(null);
            entity.setResolvedAt(null);
        });
    }
}
