package eu.loopmentoring.api.partner;

import eu.loopmentoring.api.platform.mapping.DtoConversions;
import eu.loopmentoring.domain.partner.ApiClient;
import eu.loopmentoring.domain.partner.ApiClientSecret;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.openapi.v1.model.ApiClientDto;
import eu.loopmentoring.openapi.v1.model.ApiClientSecretInfoDto;
import eu.loopmentoring.openapi.v1.model.ApiScopeDto;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;

@Mapper(uses = DtoConversions.class)
public interface ApiClientDtoMapper {

    ApiClientDto toDto(ApiClient client);

    ApiClientSecretInfoDto toDto(ApiClientSecret secret);

    default List<ApiScopeDto> toDto(Set<Scope> scopes) {
        return scopes.stream().map(s -> ApiScopeDto.fromValue(s.value())).toList();
    }

    default Set<Scope> toDomain(Collection<ApiScopeDto> scopes) {
        return scopes.stream().map(s -> Scope.parse(s.toString()).orElseThrow()).collect(Collectors.toSet());
    }
}
