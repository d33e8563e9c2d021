package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = NullableColumns.class)
public interface OrganizationEntityMapper {

    Organization toDomain(OrganizationEntity entity);

    @Mapping(target = "sortName", ignore = true)
    OrganizationEntity toEntity(Organization organization);

    /** Everything but identity, version and origin, which never change here. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "sortName", ignore = true)
    @Mapping(target = "createdBy", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    void copy(Organization organization, @MappingTarget OrganizationEntity entity);

    OrganizationMembership toDomain(OrganizationMembershipEntity entity);

    @Mapping(target = "person", ignore = true)
    OrganizationMembershipEntity toEntity(OrganizationMembership membership);

    default List<String> languages(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    default String[] languages(List<String> values) {
        return values.toArray(String[]::new);
    }
}
