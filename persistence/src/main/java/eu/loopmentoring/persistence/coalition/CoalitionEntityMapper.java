package eu.loopmentoring.persistence.coalition;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.persistence.shared.NullableColumns;
import java.util.List;
import java.util.Set;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Coalitions and memberships: records with optional parts on one side, nullable columns on the other. */
@Mapper(uses = NullableColumns.class)
public interface CoalitionEntityMapper {

    Coalition toDomain(CoalitionEntity entity);

    CoalitionMembership toDomain(CoalitionMembershipEntity entity);

    /** What a coordinator may change; identity, founder, count and version are not among it. */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "name")
    @Mapping(target = "description")
    @Mapping(target = "countries")
    @Mapping(target = "admission")
    void copy(Coalition coalition, @MappingTarget CoalitionEntity entity);

    /** What changes in a membership's life: its role and status, and when it became active. */
    @BeanMapping(ignoreByDefault = true)
    @Mapping(target = "role")
    @Mapping(target = "status")
    @Mapping(target = "joinedAt")
    void copy(CoalitionMembership membership, @MappingTarget CoalitionMembershipEntity entity);

    default String[] countries(Set<String> countries) {
        return countries.toArray(String[]::new);
    }

    default Set<String> countries(String[] countries) {
        return Set.copyOf(List.of(countries));
    }
}
