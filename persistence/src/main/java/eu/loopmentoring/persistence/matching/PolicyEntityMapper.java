package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Saved policy versions between rows and the domain; the settings are a JSON document. */
@Mapper
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

    default Optional<UUID> uuid(UUID value) {
        return Optional.ofNullable(value);
    }

    default UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }

    default Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }

    default Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }
}
