package eu.loopmentoring.api.coalition;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionChanges;
import eu.loopmentoring.domain.coalition.CoalitionDraft;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionRole;
import eu.loopmentoring.domain.coalition.CoalitionView;
import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.coalition.MyCoalition;
import eu.loopmentoring.openapi.v1.model.AdmissionDto;
import eu.loopmentoring.openapi.v1.model.CoalitionChangesDto;
import eu.loopmentoring.openapi.v1.model.CoalitionDto;
import eu.loopmentoring.openapi.v1.model.CoalitionMembershipDto;
import eu.loopmentoring.openapi.v1.model.CoalitionRoleDto;
import eu.loopmentoring.openapi.v1.model.MembershipStatusDto;
import eu.loopmentoring.openapi.v1.model.MyCoalitionDto;
import eu.loopmentoring.openapi.v1.model.MyCoalitionMembershipDto;
import eu.loopmentoring.openapi.v1.model.NewCoalitionDto;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface CoalitionDtoMapper {

    default CoalitionDto toDto(CoalitionView view) {
        return toDto(view.coalition(), view.myMembership());
    }

    @Mapping(target = "myMembership", source = "myMembership")
    CoalitionDto toDto(Coalition coalition, Optional<CoalitionMembership> myMembership);

    @Mapping(target = "membershipId", source = "id")
    MyCoalitionMembershipDto toMine(CoalitionMembership membership);

    /** Others see a member by id and display name only: never their email. */
    @Mapping(target = "person.id", source = "personId")
    @Mapping(target = "person.displayName", source = "displayName")
    CoalitionMembershipDto toDto(CoalitionMembership membership);

    @Mapping(target = "coalitionId", source = "membership.coalitionId")
    @Mapping(target = "name", source = "coalitionName")
    @Mapping(target = "membershipId", source = "membership.id")
    @Mapping(target = "role", source = "membership.role")
    @Mapping(target = "status", source = "membership.status")
    MyCoalitionDto toDto(MyCoalition mine);

    CoalitionDraft toDomain(NewCoalitionDto coalition);

    /** Absent properties (null in the DTO) stay as they are. */
    default CoalitionChanges toDomain(CoalitionChangesDto changes) {
        return new CoalitionChanges(
                Optional.ofNullable(changes.getName()),
                Optional.ofNullable(changes.getDescription()),
                Optional.ofNullable(changes.getCountries()),
                Optional.ofNullable(changes.getAdmission()).map(this::toDomain));
    }

    Admission toDomain(AdmissionDto admission);

    CoalitionRole toDomain(CoalitionRoleDto role);

    MembershipStatus toDomain(MembershipStatusDto status);

    default MyCoalitionMembershipDto mine(Optional<CoalitionMembership> membership) {
        return membership.map(this::toMine).orElse(null);
    }

    default OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    default OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(this::utc).orElse(null);
    }

    default UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }
}
