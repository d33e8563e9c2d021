package eu.loopmentoring.api.coalition;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.coalition.CoalitionFilter;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionView;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.CoalitionsApi;
import eu.loopmentoring.openapi.v1.model.CoalitionChangesDto;
import eu.loopmentoring.openapi.v1.model.CoalitionMembershipChangesDto;
import eu.loopmentoring.openapi.v1.model.CoalitionMembershipPageDto;
import eu.loopmentoring.openapi.v1.model.CoalitionPageDto;
import eu.loopmentoring.openapi.v1.model.MembershipStatusDto;
import eu.loopmentoring.openapi.v1.model.NewCoalitionDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** LOOP Coalitions: communities people found, join and coordinate. */
@Path("/") // the generated interfaces carry full paths on their methods
public class CoalitionsResourceV1 implements CoalitionsApi {

    private final CoalitionCommunity community;
    private final CoalitionDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    CoalitionsResourceV1(
            CoalitionCommunity community, CoalitionDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.community = community;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listCoalitions(Integer limit, String cursor, String country, String q) {
        String scope = Cursors.scope("coalitions", "country", country, "q", q);
        CoalitionFilter filter = new CoalitionFilter(Optional.ofNullable(country), Optional.ofNullable(q));
        Page<CoalitionView> page =
                community.coalitions(current.require(), filter, cursors.request(limit, cursor, scope));
        return Response.ok(new CoalitionPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createCoalition(NewCoalitionDto body, String idempotencyKey) {
        CoalitionView created = community.found(current.require(), mapper.toDomain(body));
        return Responses.created(
                Route.of(
                        CoalitionsApi.class,
                        api -> api.getCoalition(created.coalition().id())),
                mapper.toDto(created),
                created.coalition().version());
    }

    @Override
    public Response getCoalition(UUID coalitionId) {
        return coalition(community.coalition(current.require(), coalitionId));
    }

    @Override
    @Transactional
    public Response changeCoalition(UUID coalitionId, CoalitionChangesDto body, String ifMatch) {
        return coalition(community.change(
                current.require(), coalitionId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body)));
    }

    @Override
    public Response listCoalitionMemberships(
            UUID coalitionId, Integer limit, String cursor, MembershipStatusDto status) {
        String scope = Cursors.scope("coalition-memberships", "coalition", coalitionId, "status", status);
        Page<CoalitionMembership> page = community.memberships(
                current.require(),
                coalitionId,
                Optional.ofNullable(status).map(mapper::toDomain),
                cursors.request(limit, cursor, scope));
        return Response.ok(new CoalitionMembershipPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response joinCoalition(UUID coalitionId, String idempotencyKey) {
        CoalitionMembership membership = community.join(current.require(), coalitionId);
        return Responses.created(
                Route.of(CoalitionsApi.class, api -> api.getCoalitionMembership(coalitionId, membership.id())),
                mapper.toDto(membership),
                membership.version());
    }

    @Override
    public Response getCoalitionMembership(UUID coalitionId, UUID membershipId) {
        return membership(community.membership(current.require(), coalitionId, membershipId));
    }

    @Override
    @Transactional
    public Response approveCoalitionMembership(UUID coalitionId, UUID membershipId) {
        return membership(community.approve(current.require(), coalitionId, membershipId));
    }

    @Override
    @Transactional
    public Response changeCoalitionMembership(
            UUID coalitionId, UUID membershipId, CoalitionMembershipChangesDto body, String ifMatch) {
        return membership(community.changeRole(
                current.require(),
                coalitionId,
                membershipId,
                Preconditions.ifMatch(ifMatch),
                mapper.toDomain(body.getRole())));
    }

    @Override
    @Transactional
    public Response endCoalitionMembership(UUID coalitionId, UUID membershipId, String ifMatch) {
        community.end(current.require(), coalitionId, membershipId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private Response coalition(CoalitionView view) {
        return Responses.ok(mapper.toDto(view), view.coalition().version());
    }

    private Response membership(CoalitionMembership membership) {
        return Responses.ok(mapper.toDto(membership), membership.version());
    }
}
