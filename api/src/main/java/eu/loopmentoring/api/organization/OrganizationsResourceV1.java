package eu.loopmentoring.api.organization;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.organization.OrganizationFilter;
import eu.loopmentoring.domain.organization.OrganizationView;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
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
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Path("/") // the generated interfaces carry full paths on their methods
public class OrganizationsResourceV1 implements OrganizationsApi {

    private final OrganizationDirectory directory;
    private final OrganizationDtoMapper mapper;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;

    OrganizationsResourceV1(
            OrganizationDirectory directory,
            OrganizationDtoMapper mapper,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current) {
        this.directory = directory;
        this.mapper = mapper;
        this.idempotency = idempotency;
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
    public Response createOrganization(OrganizationCreationDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createOrganization", body, () -> {
            OrganizationView created = directory.register(subject, mapper.toDetails(body));
            return Response.created(URI.create(
                            "/api/v1/organizations/" + created.organization().id()))
                    .tag(EntityTags.of(created.organization().version()))
                    .entity(mapper.toDto(created))
                    .build();
        });
    }

    @Override
    public Response getOrganization(UUID organizationId) {
        return organization(directory.view(current.require(), organizationId));
    }

    @Override
    @Transactional
    public Response changeOrganization(UUID organizationId, OrganizationChangesDto body, String ifMatch) {
        return organization(directory.change(
                current.require(),
                organizationId,
                () -> Preconditions.expectedVersion(ifMatch),
                mapper.toChanges(body)));
    }

    @Override
    @Transactional
    public Response setOrganizationVerification(UUID organizationId, OrganizationVerificationDto body, String ifMatch) {
        return organization(directory.verify(
                current.require(), organizationId, () -> Preconditions.expectedVersion(ifMatch), body.getVerified()));
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
    public Response proposeOrganizationMembership(
            UUID organizationId, OrganizationMembershipProposalDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "proposeOrganizationMembership", body, () -> {
            Member member = directory.propose(
                    subject,
                    organizationId,
                    mapper.toDomain(body.getRole()),
                    Optional.ofNullable(body.getInviteeEmail()).map(OrganizationsResourceV1::email),
                    Optional.ofNullable(body.getMessage()));
            return Response.created(URI.create("/api/v1/organizations/" + organizationId + "/memberships/"
                            + member.membership().id()))
                    .tag(EntityTags.of(member.membership().version()))
                    .entity(mapper.toDto(member))
                    .build();
        });
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
                () -> Preconditions.expectedVersion(ifMatch),
                mapper.toDomain(body.getRole())));
    }

    @Override
    @Transactional
    public Response endOrganizationMembership(UUID organizationId, UUID membershipId, String ifMatch) {
        directory.end(current.require(), organizationId, membershipId, () -> Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @Transactional
    public Response acceptOrganizationMembership(UUID organizationId, UUID membershipId) {
        return membership(directory.accept(current.require(), organizationId, membershipId));
    }

    private Response organization(OrganizationView view) {
        return Response.ok(mapper.toDto(view))
                .tag(EntityTags.of(view.organization().version()))
                .build();
    }

    private Response membership(Member member) {
        return Response.ok(mapper.toDto(member))
                .tag(EntityTags.of(member.membership().version()))
                .build();
    }

    private static Email email(String value) {
        try {
            return new Email(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("inviteeEmail", "must be an email address");
        }
    }
}
