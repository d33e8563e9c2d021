package eu.loopmentoring.api.coalition;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.coalition.CoalitionFilter;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.coalition.CoalitionView;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
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
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** LOOP Coalitions: communities people found, join and coordinate. */
@Path("/") // the generated interfaces carry full paths on their methods
public class CoalitionsResourceV1 implements CoalitionsApi {

    private final CoalitionCommunity community;
    private final CoalitionDtoMapper mapper;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;

    CoalitionsResourceV1(
            CoalitionCommunity community,
            CoalitionDtoMapper mapper,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current) {
        this.community = community;
        this.mapper = mapper;
        this.idempotency = idempotency;
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
    public Response createCoalition(NewCoalitionDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createCoalition", body, () -> {
            CoalitionView created = community.found(subject, mapper.toDomain(body));
            return Response.created(URI.create(
                            "/api/v1/coalitions/" + created.coalition().id()))
                    .entity(mapper.toDto(created))
                    .tag(EntityTags.of(created.coalition().version()))
                    .build();
        });
    }

    @Override
    public Response getCoalition(UUID coalitionId) {
        return coalition(community.coalition(current.require(), coalitionId));
    }

    @Override
    @Transactional
    public Response changeCoalition(UUID coalitionId, CoalitionChangesDto body, String ifMatch) {
        Subject subject = current.require();
        community.coalitionToCoordinate(subject, coalitionId); // who may, and whether it exists, before If-Match
        long expected = Preconditions.expectedVersion(ifMatch);
        return coalition(community.change(subject, coalitionId, expected, mapper.toDomain(body)));
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
    public Response joinCoalition(UUID coalitionId, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "joinCoalition", coalitionId, () -> {
            CoalitionMembership membership = community.join(subject, coalitionId);
            return Response.created(URI.create("/api/v1/coalitions/" + coalitionId + "/memberships/" + membership.id()))
                    .entity(mapper.toDto(membership))
                    .tag(EntityTags.of(membership.version()))
                    .build();
        });
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
        Subject subject = current.require();
        community.membershipToCoordinate(subject, coalitionId, membershipId);
        long expected = Preconditions.expectedVersion(ifMatch);
        return membership(
                community.changeRole(subject, coalitionId, membershipId, expected, mapper.toDomain(body.getRole())));
    }

    @Override
    @Transactional
    public Response endCoalitionMembership(UUID coalitionId, UUID membershipId, String ifMatch) {
        Subject subject = current.require();
        community.membershipToEnd(subject, coalitionId, membershipId);
        long expected = Preconditions.expectedVersion(ifMatch);
        community.end(subject, coalitionId, membershipId, expected);
        return Response.noContent().build();
    }

    private Response coalition(CoalitionView view) {
        return Response.ok(mapper.toDto(view))
                .tag(EntityTags.of(view.coalition().version()))
                .build();
    }

    private Response membership(CoalitionMembership membership) {
        return Response.ok(mapper.toDto(membership))
                .tag(EntityTags.of(membership.version()))
                .build();
    }
}
