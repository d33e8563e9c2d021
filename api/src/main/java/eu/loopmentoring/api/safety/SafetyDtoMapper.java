package eu.loopmentoring.api.safety;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.ReportCategory;
import eu.loopmentoring.domain.mentoring.ReportOutcome;
import eu.loopmentoring.domain.mentoring.SafetyRecords;
import eu.loopmentoring.openapi.v1.model.PersonBlockDto;
import eu.loopmentoring.openapi.v1.model.PersonReportCategoryDto;
import eu.loopmentoring.openapi.v1.model.PersonReportDto;
import eu.loopmentoring.openapi.v1.model.PersonReportOutcomeDto;
import eu.loopmentoring.openapi.v1.model.PersonReportStatusDto;
import eu.loopmentoring.openapi.v1.model.ResolvedPersonReportDto;
import eu.loopmentoring.openapi.v1.model.SafetyExportDto;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Blocks and reports on the wire. Enumerations carry the same names on both sides. */
@Mapper(uses = DtoConversions.class)
public interface SafetyDtoMapper {

    @Mapping(target = "personId", source = "blockedId")
    PersonBlockDto toDto(PersonBlock block);

    @Mapping(target = "personId", source = "reportedId")
    @Mapping(target = "status", expression = "java(status(report))")
    PersonReportDto toDto(PersonReport report);

    ResolvedPersonReportDto toDto(PersonReport.Resolution resolution);

    SafetyExportDto toDto(SafetyRecords records);

    ReportCategory toDomain(PersonReportCategoryDto category);

    ReportOutcome toDomain(PersonReportOutcomeDto outcome);

    default PersonReportStatusDto status(PersonReport report) {
        return report.isOpen() ? PersonReportStatusDto.OPEN : PersonReportStatusDto.RESOLVED;
    }

    default ResolvedPersonReportDto resolution(Optional<PersonReport.Resolution> resolution) {
        return resolution.map(this::toDto).orElse(null);
    }
}
