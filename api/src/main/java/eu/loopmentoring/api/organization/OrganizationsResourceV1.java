package eu.loopmentoring.api.organization;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.organization.OrganizationFilter;
import eu.loopmentoring.domain.organization.OrganizationView;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.OrganizationsApi;
import eu.loopmentoring.openapi.v1.model.OrganizationChangesDto;
import eu.loopmentoring.openapi.v1.model.OrganizationCreationDto;
import eu.loopmentoring.openapi.v1.model.OrganizationKindDto;
import eu.loopmentoring.openapi.v1.model.OrganizationMembershipChangesDto;
import eu.loopmentoring.openapi.v1.model.OrganizationMembershipPageDto;
import eu.loopmentoring.openapi.v1.model.OrganizationMembershipProposalDto;
import eu.loopmentoring.openapi.v1.model.OrganizationMembershipStatusDto;
import eu.loopmentoring.openapi.v1.model.OrganizationPageDto;
import eu.loopmentoring.openapi.v1.model.OrganizationVerificationDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

@Path("/") // the generated interfaces carry full paths on their methods
public class OrganizationsResourceV1 implements OrganizationsApi {

    private final OrganizationDirectory directory;
    private final OrganizationDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    OrganizationsResourceV1(
            OrganizationDirectory directory, OrganizationDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.directory = directory;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listOrganizations(
            Integer limit, String cursor, String q, String country, OrganizationKindDto kind) {
        String scope = Cursors.scope("organizations", "q", q, "country", country, "kind", kind);
        OrganizationFilter filter = new OrganizationFilter(
                Optional.ofNullable(q),
                Optional.ofNullable(country),
                Optional.ofNullable(kind).map(mapper::toDomain),
                Optional.empty());
        Page<OrganizationView> page =
                directory.browse(current.require(), filter, cursors.request(limit, cursor, scope));
        return Response.ok(new OrganizationPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createOrganization(OrganizationCreationDto body, String idempotencyKey) {
        OrganizationView created = directory.register(current.require(), mapper.toDetails(body));
        return Responses.created(
                Route.of(
                        OrganizationsApi.class,
                        api -> api.getOrganization(created.organization().id())),
                mapper.toDto(created),
                created.organization().version());
    }

    @Override
    public Response getOrganization(UUID organizationId) {
        return organization(directory.view(current.require(), organizationId));
    }

    @Override
    @Transactional
    public Response changeOrganization(UUID organizationId, OrganizationChangesDto body, String ifMatch) {
        return organization(directory.change(
                current.require(), organizationId, Preconditions.ifMatch(ifMatch), mapper.toChanges(body)));
    }

    @Override
    @Transactional
    public Response setOrganizationVerification(UUID organizationId, OrganizationVerificationDto body, String ifMatch) {
        return organization(directory.verify(
                current.require(), organizationId, Preconditions.ifMatch(ifMatch), body.getVerified()));
    }

    @Override
    public Response listOrganizationMemberships(
            UUID organizationId, Integer limit, String cursor, OrganizationMembershipStatusDto status) {
        String scope = Cursors.scope("organization-memberships", "organization", organizationId, "status", status);
        Page<Member> page = directory.members(
                current.require(),
                organizationId,
                Optional.ofNullable(status).map(mapper::toDomain),
                cursors.request(limit, cursor, scope));
        return Response.ok(new OrganizationMembershipPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response proposeOrganizationMembership(
            UUID organizationId, OrganizationMembershipProposalDto body, String idempotencyKey) {
        Member member = directory.propose(
                current.require(),
                organizationId,
                mapper.toDomain(body.getRole()),
                Optional.ofNullable(body.getInviteeEmail()).map(OrganizationsResourceV1::email),
                Optional.ofNullable(body.getMessage()));
        return Responses.created(
                Route.of(
                        OrganizationsApi.class,
                        api -> api.getOrganizationMembership(
                                organizationId, member.membership().id())),
                mapper.toDto(member),
                member.membership().version());
    }

    @Override
    public Response getOrganizationMembership(UUID organizationId, UUID membershipId) {
        return membership(directory.membership(current.require(), organizationId, membershipId));
    }

    @Override
    @Transactional
    public Response changeOrganizationMembership(
            UUID organizationId, UUID membershipId, OrganizationMembershipChangesDto body, String ifMatch) {
        return membership(directory.changeRole(
                current.require(),
                organizationId,
                membershipId,
                Preconditions.ifMatch(ifMatch),
                mapper.toDomain(body.getRole())));
    }

    @Override
    @Transactional
    public Response endOrganizationMembership(UUID organizationId, UUID membershipId, String ifMatch) {
        directory.end(current.require(), organizationId, membershipId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response acceptOrganizationMembership(UUID organizationId, UUID membershipId) {
        return membership(directory.accept(current.require(), organizationId, membershipId));
    }

    private Response organization(OrganizationView view) {
        return Responses.ok(mapper.toDto(view), view.organization().version());
    }

    private Response membership(Member member) {
        return Responses.ok(mapper.toDto(member), member.membership().version());
    }

    private static Email email(String value) {
        try {
            return new Email(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("inviteeEmail", "must be an email address");
        }
    }
}
