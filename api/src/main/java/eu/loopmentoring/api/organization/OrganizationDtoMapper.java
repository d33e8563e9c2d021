package eu.loopmentoring.api.organization;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.MembershipStatus;
import eu.loopmentoring.domain.organization.MyOrganization;
import eu.loopmentoring.domain.organization.OrganizationChanges;
import eu.loopmentoring.domain.organization.OrganizationDetails;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.OrganizationView;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.MyMembershipDto;
import eu.loopmentoring.openapi.v1.model.MyOrganizationDto;
import eu.loopmentoring.openapi.v1.model.OrganizationChangesDto;
import eu.loopmentoring.openapi.v1.model.OrganizationCreationDto;
import eu.loopmentoring.openapi.v1.model.OrganizationDto;
import eu.loopmentoring.openapi.v1.model.OrganizationKindDto;
import eu.loopmentoring.openapi.v1.model.OrganizationMembershipDto;
import eu.loopmentoring.openapi.v1.model.OrganizationMembershipStatusDto;
import eu.loopmentoring.openapi.v1.model.OrganizationRoleDto;
import eu.loopmentoring.openapi.v1.model.PersonReferenceDto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

// Absent optional arrays arrive as null; the domain gets them empty.
@Mapper(uses = DtoConversions.class, nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
public interface OrganizationDtoMapper {

    @Mapping(target = ".", source = "organization")
    @Mapping(target = "verified", expression = "java(view.organization().verified())")
    @Mapping(target = "myMembership", source = "mine")
    OrganizationDto toDto(OrganizationView view);

    @Mapping(target = "membershipId", source = "id")
    MyMembershipDto toMine(OrganizationMembership membership);

    @Mapping(target = ".", source = "membership")
    @Mapping(target = "person", expression = "java(person(member))")
    OrganizationMembershipDto toDto(Member member);

    @Mapping(target = "organizationId", source = "membership.organizationId")
    @Mapping(target = "name", source = "organizationName")
    @Mapping(target = "membershipId", source = "membership.id")
    @Mapping(target = "role", source = "membership.role")
    @Mapping(target = "status", source = "membership.status")
    MyOrganizationDto toDto(MyOrganization mine);

    OrganizationDetails toDetails(OrganizationCreationDto creation);

    OrganizationKind toDomain(OrganizationKindDto kind);

    OrganizationRole toDomain(OrganizationRoleDto role);

    MembershipStatus toDomain(OrganizationMembershipStatusDto status);

    Set<IscedLevel> toDomain(Set<IscedLevelDto> levels);

    default OrganizationChanges toChanges(OrganizationChangesDto dto) {
        return new OrganizationChanges(
                Optional.ofNullable(dto.getName()),
                Optional.ofNullable(dto.getKind()).map(this::toDomain),
                Optional.ofNullable(dto.getCountry()),
                Optional.ofNullable(dto.getRegion()),
                Optional.ofNullable(dto.getLanguages()).map(List::copyOf),
                Optional.ofNullable(dto.getSchoolLevels()).map(this::toDomain),
                Optional.ofNullable(dto.getWebsite()),
                Optional.ofNullable(dto.getDescription()));
    }

    default PersonReferenceDto person(Member member) {
        return new PersonReferenceDto().id(member.membership().personId()).displayName(member.displayName());
    }

    default MyMembershipDto mine(Optional<OrganizationMembership> membership) {
        return membership.map(this::toMine).orElse(null);
    }

    default List<String> languages(Collection<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
