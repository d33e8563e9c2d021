package eu.loopmentoring.api.safety;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.SafetyRecords;
import eu.loopmentoring.openapi.v1.model.PersonBlockDto;
import eu.loopmentoring.openapi.v1.model.PersonReportCategoryDto;
import eu.loopmentoring.openapi.v1.model.PersonReportDto;
import eu.loopmentoring.openapi.v1.model.PersonReportOutcomeDto;
import eu.loopmentoring.openapi.v1.model.PersonReportStatusDto;
import eu.loopmentoring.openapi.v1.model.ResolvedPersonReportDto;
import eu.loopmentoring.openapi.v1.model.SafetyExportDto;
import jakarta.enterprise.context.ApplicationScoped;

/** Blocks and reports on the wire. Enumerations carry the same names on both sides. */
@ApplicationScoped
public class SafetyDtoMapper {

    private final DtoConversions conversions;

    SafetyDtoMapper(DtoConversions conversions) {
        this.conversions = conversions;
    }

    public PersonBlockDto toDto(PersonBlock block) {
        return new PersonBlockDto().personId(block.blockedId()).createdAt(conversions.utc(block.createdAt()));
    }

    public PersonReportDto toDto(PersonReport report) {
        return new PersonReportDto()
                .id(report.id())
                .personId(report.reportedId())
                .reporterId(report.reporterId().orElse(null))
                .category(convert(report.category(), PersonReportCategoryDto.class))
                .text(report.text())
                .relationshipId(report.relationshipId().orElse(null))
                .status(report.isOpen() ? PersonReportStatusDto.OPEN : PersonReportStatusDto.RESOLVED)
                .createdAt(conversions.utc(report.createdAt()))
                .resolution(report.resolution()
                        .map(r -> new ResolvedPersonReportDto()
                                .outcome(convert(r.outcome(), PersonReportOutcomeDto.class))
                                .note(r.note())
                                .resolvedAt(conversions.utc(r.resolvedAt()))
                                .moderatorId(r.moderatorId().orElse(null)))
                        .orElse(null));
    }

    public SafetyExportDto toDto(SafetyRecords records) {
        return new SafetyExportDto()
                .blocks(records.blocks().stream().map(this::toDto).toList())
                .reports(records.reports().stream().map(this::toDto).toList());
    }
}
