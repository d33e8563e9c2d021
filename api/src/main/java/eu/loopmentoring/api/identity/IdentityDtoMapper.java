package eu.loopmentoring.api.identity;

import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditEventType;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.openapi.v1.model.AuditEventDto;
import eu.loopmentoring.openapi.v1.model.AuditEventTypeDto;
import eu.loopmentoring.openapi.v1.model.MeDto;
import eu.loopmentoring.openapi.v1.model.MyOrganizationDto;
import eu.loopmentoring.openapi.v1.model.PlatformRoleDto;
import eu.loopmentoring.openapi.v1.model.UserSummaryDto;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;

@Mapper
public interface IdentityDtoMapper {

    /** The person with what other capabilities know about them (their organisations, ...). */
    MeDto toMe(Person person, List<MyOrganizationDto> organizations);

    UserSummaryDto toSummary(Person person);

    AuditEventDto toDto(AuditEvent event);

    AuditEventType toDomain(AuditEventTypeDto type);

    Set<PlatformRole> toDomain(Set<PlatformRoleDto> roles);

    Set<PlatformRoleDto> toDto(Set<PlatformRole> roles);

    default String email(Email email) {
        return email.value();
    }

    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    default UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }
}
