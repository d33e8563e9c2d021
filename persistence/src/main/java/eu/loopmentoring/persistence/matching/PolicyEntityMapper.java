package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.persistence.shared.NullableColumns;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Saved policy versions between rows and the domain; the settings are a JSON document. */
@Mapper(uses = NullableColumns.class)
public interface PolicyEntityMapper {

    @Mapping(target = "policy", source = ".")
    PolicyVersion toDomain(MatchingPolicyEntity entity);

    @Mapping(target = ".", source = "settings")
    @Mapping(target = "version", source = "version")
    MatchingPolicy policy(MatchingPolicyEntity entity);

    @Mapping(target = "version", source = "policy.version")
    @Mapping(target = "settings", source = "policy")
    MatchingPolicyEntity toEntity(PolicyVersion version);

    PolicySettingsDocument settings(MatchingPolicy policy);
}
