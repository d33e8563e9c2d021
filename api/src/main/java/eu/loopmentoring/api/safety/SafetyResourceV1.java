package eu.loopmentoring.api.safety;

import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.PersonBlock;
import eu.loopmentoring.domain.mentoring.PersonReport;
import eu.loopmentoring.domain.mentoring.Safety;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.SafetyApi;
import eu.loopmentoring.openapi.v1.model.NewPersonBlockDto;
import eu.loopmentoring.openapi.v1.model.NewPersonReportDto;
import eu.loopmentoring.openapi.v1.model.PersonBlockPageDto;
import eu.loopmentoring.openapi.v1.model.PersonReportPageDto;
import eu.loopmentoring.openapi.v1.model.PersonReportResolutionDto;
import eu.loopmentoring.openapi.v1.model.PersonReportStatusDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Blocking people, and reporting them to moderators. */
@Path("/") // the generated interfaces carry full paths on their methods
public class SafetyResourceV1 implements SafetyApi {

    private final Safety safety;
    private final SafetyDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    SafetyResourceV1(Safety safety, SafetyDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.safety = safety;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    // Blocks

    @Override
    @Transactional
    public Response blockPerson(NewPersonBlockDto body) {
        PersonBlock block = safety.block(current.require(), body.getPersonId());
        return Responses.created(
                Route.of(SafetyApi.class, api -> api.unblockPerson(block.blockedId())), mapper.toDto(block));
    }

    @Override
    public Response listMyBlocks(Integer limit, String cursor) {
        Subject subject = current.require();
        String scope = Cursors.scope("blocks", "blocker", subject.id());
        Page<PersonBlock> page = safety.blocks(subject, cursors.request(limit, cursor, scope));
        return Response.ok(new PersonBlockPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response unblockPerson(UUID personId) {
        safety.unblock(current.require(), personId);
        return Response.noContent().build();
    }

    // Reports

    @Override
    @Transactional
    @IdempotentCreate
    public Response reportPerson(NewPersonReportDto body, String idempotencyKey) {
        PersonReport report = safety.report(
                current.require(),
                body.getPersonId(),
                mapper.toDomain(body.getCategory()),
                body.getText(),
                Optional.ofNullable(body.getRelationshipId()));
        return Responses.created(
                Route.of(SafetyApi.class, api -> api.getPersonReport(report.id())), mapper.toDto(report));
    }

    @Override
    public Response listPersonReports(Integer limit, String cursor, PersonReportStatusDto status) {
        Subject subject = current.require();
        boolean open = status != PersonReportStatusDto.RESOLVED;
        String scope = Cursors.scope("person-reports", "open", open);
        Page<PersonReport> page = safety.reports(subject, open, cursors.request(limit, cursor, scope));
        return Response.ok(new PersonReportPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    public Response getPersonReport(UUID reportId) {
        return Response.ok(mapper.toDto(safety.report(current.require(), reportId)))
                .build();
    }

    @Override
    @Transactional
    public Response resolvePersonReport(UUID reportId, PersonReportResolutionDto body) {
        PersonReport resolved =
                safety.resolve(current.require(), reportId, mapper.toDomain(body.getOutcome()), body.getNote());
        return Response.ok(mapper.toDto(resolved)).build();
    }
}
