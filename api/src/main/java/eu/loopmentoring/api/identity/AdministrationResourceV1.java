package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.identity.AuditEvent;
import eu.loopmentoring.domain.identity.AuditFilter;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.identity.PlatformAdministration;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.openapi.v1.api.AdministrationApi;
import eu.loopmentoring.openapi.v1.model.AuditEventPageDto;
import eu.loopmentoring.openapi.v1.model.AuditEventTypeDto;
import eu.loopmentoring.openapi.v1.model.PlatformRolesDto;
import eu.loopmentoring.openapi.v1.model.UserPageDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

@Path("/") // the generated interfaces carry full paths on their methods
public class AdministrationResourceV1 implements AdministrationApi {

    private final PlatformAdministration administration;
    private final IdentityDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    AdministrationResourceV1(
            PlatformAdministration administration, IdentityDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.administration = administration;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listUsers(Integer limit, String cursor, String email) {
        String scope = Cursors.scope("admin-users", "email", email);
        Page<Person> page = administration.people(
                current.require(), Optional.ofNullable(email), cursors.request(limit, cursor, scope));
        return Response.ok(new UserPageDto()
                        .items(page.items().stream().map(mapper::toSummary).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    public Response getPlatformRoles(UUID userId) {
        return roles(administration.person(current.require(), userId));
    }

    @Override
    @Transactional
    public Response replacePlatformRoles(UUID userId, PlatformRolesDto body, String ifMatch) {
        return roles(administration.replacePlatformRoles(
                current.require(), userId, Preconditions.ifMatch(ifMatch), mapper.toDomain(body.getRoles())));
    }

    @Override
    public Response listAuditEvents(Integer limit, String cursor, AuditEventTypeDto type, UUID subjectId) {
        String scope = Cursors.scope("audit-events", "type", type, "subject", subjectId);
        AuditFilter filter =
                new AuditFilter(Optional.ofNullable(type).map(mapper::toDomain), Optional.ofNullable(subjectId));
        Page<AuditEvent> page =
                administration.auditEvents(current.require(), filter, cursors.request(limit, cursor, scope));
        return Response.ok(new AuditEventPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    private Response roles(Person person) {
        return Responses.ok(new PlatformRolesDto().roles(mapper.toDto(person.platformRoles())), person.version());
    }
}
