package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.profile.CefrLevel;
import eu.loopmentoring.openapi.v1.model.CefrLevelDto;
import eu.loopmentoring.openapi.v1.model.MatchingObjectiveDto;
import eu.loopmentoring.openapi.v1.model.MatchingPolicyDto;
import eu.loopmentoring.openapi.v1.model.MatchingPolicySettingsDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Matching policies on the wire; the settings keep the domain's names. */
@Mapper(uses = DtoConversions.class)
public interface MatchingPolicyDtoMapper {

    @Mapping(target = ".", source = "policy")
    @Mapping(target = "isDefault", expression = "java(version.isDefault())")
    MatchingPolicyDto toDto(PolicyVersion version);

    /** The settings as a policy; its version number is the domain's to give. */
    @Mapping(target = "version", constant = "1")
    MatchingPolicy toDomain(MatchingPolicySettingsDto settings);

    CefrLevelDto toDto(CefrLevel level);

    CefrLevel toDomain(CefrLevelDto level);

    MatchingObjectiveDto toDto(Objective objective);

    Objective toDomain(MatchingObjectiveDto objective);
}
