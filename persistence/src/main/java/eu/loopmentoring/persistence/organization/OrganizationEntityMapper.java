package eu.loopmentoring.persistence.organization;

import eu.loopmentoring.domain.organization.Organization;
import eu.loopmentoring.domain.organization.OrganizationMembership;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
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

    default Optional<String> text(String value) {
        return Optional.ofNullable(value);
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }

    default Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }

    default Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }

    default Optional<UUID> uuid(UUID value) {
        return Optional.ofNullable(value);
    }

    default UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }

    default List<String> languages(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    default String[] languages(List<String> values) {
        return values.toArray(String[]::new);
    }
}
