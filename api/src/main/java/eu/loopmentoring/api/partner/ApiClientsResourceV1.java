package eu.loopmentoring.api.partner;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.partner.ApiClient;
import eu.loopmentoring.domain.partner.ApiClientRegistry;
import eu.loopmentoring.domain.partner.IssuedSecret;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.ApiClientsApi;
import eu.loopmentoring.openapi.v1.model.ApiClientChangesDto;
import eu.loopmentoring.openapi.v1.model.ApiClientCreationDto;
import eu.loopmentoring.openapi.v1.model.ApiClientPageDto;
import eu.loopmentoring.openapi.v1.model.ApiClientWithSecretDto;
import eu.loopmentoring.openapi.v1.model.RotatedSecretDto;
import eu.loopmentoring.openapi.v1.model.SecretRotationDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

@Path("/") // the generated interfaces carry full paths on their methods
public class ApiClientsResourceV1 implements ApiClientsApi {

    private final ApiClientRegistry registry;
    private final ApiClientDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    ApiClientsResourceV1(
            ApiClientRegistry registry, ApiClientDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.registry = registry;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listApiClients(Integer limit, String cursor, UUID organizationId) {
        String scope = Cursors.scope("api-clients", "organization", organizationId);
        Page<ApiClient> page = registry.list(
                current.require(), Optional.ofNullable(organizationId), cursors.request(limit, cursor, scope));
        return Response.ok(new ApiClientPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response createApiClient(ApiClientCreationDto body) {
        IssuedSecret issued = registry.create(
                current.require(), body.getName(), body.getOrganizationId(), mapper.toDomain(body.getScopes()));
        return Responses.created(
                Route.of(
                        ApiClientsApi.class,
                        api -> api.getApiClient(issued.client().id())),
                new ApiClientWithSecretDto()
                        .client(mapper.toDto(issued.client()))
                        .clientSecret(issued.value()),
                issued.client().version());
    }

    @Override
    public Response getApiClient(UUID clientId) {
        return client(registry.get(current.require(), clientId));
    }

    @Override
    @Transactional
    public Response changeApiClient(UUID clientId, ApiClientChangesDto body, String ifMatch) {
        return client(registry.change(
                current.require(),
                clientId,
                Preconditions.ifMatch(ifMatch),
                Optional.ofNullable(body.getName()),
                Optional.ofNullable(body.getScopes()).map(mapper::toDomain),
                Optional.ofNullable(body.getEnabled())));
    }

    @Override
    @Transactional
    public Response rotateApiClientSecret(UUID clientId, SecretRotationDto body) {
        int hours = body.getPreviousSecretsValidForHours() == null ? 24 : body.getPreviousSecretsValidForHours();
        IssuedSecret issued = registry.rotate(current.require(), clientId, Duration.ofHours(hours));
        return Response.status(Response.Status.CREATED)
                .entity(new RotatedSecretDto()
                        .clientSecret(issued.value())
                        .previousSecretsExpireAt(issued.previousSecretsExpireAt()
                                .map(t -> t.atOffset(java.time.ZoneOffset.UTC))
                                .orElse(null)))
                .build();
    }

    private Response client(ApiClient client) {
        return Responses.ok(mapper.toDto(client), client.version());
    }
}
