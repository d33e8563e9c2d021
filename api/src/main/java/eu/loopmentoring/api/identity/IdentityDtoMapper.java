package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.ExternalIdentity;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.openapi.v1.model.AuditEventDto;
import eu.loopmentoring.openapi.v1.model.AuditEventTypeDto;
import eu.loopmentoring.openapi.v1.model.ExportedAccountDto;
import eu.loopmentoring.openapi.v1.model.ExternalIdentityDto;
import eu.loopmentoring.openapi.v1.model.MeDto;
import eu.loopmentoring.openapi.v1.model.MyCoalitionDto;
import eu.loopmentoring.openapi.v1.model.MyOrganizationDto;
import eu.loopmentoring.openapi.v1.model.PlatformRoleDto;
import eu.loopmentoring.openapi.v1.model.UserSummaryDto;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;

@Mapper(uses = DtoConversions.class)
public interface IdentityDtoMapper {

    /** The person with what other capabilities know about them (their organisations, ...). */
    MeDto toMe(Person person, List<MyOrganizationDto> organizations, List<MyCoalitionDto> coalitions);

    UserSummaryDto toSummary(Person person);

    /** The account section of the person's data export. */
    ExportedAccountDto toExportedAccount(Person person);

    ExternalIdentityDto toDto(ExternalIdentity identity);

    AuditEventDto toDto(AuditEvent event);

    AuditEventType toDomain(AuditEventTypeDto type);

    Set<PlatformRole> toDomain(Set<PlatformRoleDto> roles);

    Set<PlatformRoleDto> toDto(Set<PlatformRole> roles);

    default String email(Email email) {
        return email.value();
    }
}
