package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.Requesting;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentoringRequestsApi;
import eu.loopmentoring.openapi.v1.model.MentoringRequestStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestViewDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringRequestDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Mentoring requests: a mentee's own, and the pool that mentors browse. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringRequestsResourceV1 implements MentoringRequestsApi {

    private final Requesting requesting;
    private final MentoringDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentoringRequestsResourceV1(
            Requesting requesting, MentoringDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.requesting = requesting;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMentoringRequests(
            Integer limit, String cursor, MentoringRequestViewDto view, MentoringRequestStatusDto status) {
        Subject subject = current.require();
        boolean pool = view == MentoringRequestViewDto.POOL;
        String scope = Cursors.scope("mentoring-requests", "viewer", subject.id(), "pool", pool, "status", status);
        Page<MentoringRequest> page = pool
                ? requesting.pool(subject, cursors.request(limit, cursor, scope))
                : requesting.myRequests(
                        subject,
                        Optional.ofNullable(status).map(mapper::toDomain),
                        cursors.request(limit, cursor, scope));
        return Response.ok(mapper.requests(page, cursors.next(page, scope))).build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringRequest(NewMentoringRequestDto body, String idempotencyKey) {
        MentoringRequest created = requesting.createRequest(current.require(), mapper.toDomain(body));
        return Responses.created(
                Route.of(MentoringRequestsApi.class, api -> api.getMentoringRequest(created.id())),
                mapper.toDto(created));
    }

    @Override
    public Response getMentoringRequest(UUID requestId) {
        return Response.ok(mapper.toDto(requesting.request(current.require(), requestId)))
                .build();
    }

    @Override
    @Transactional
    public Response withdrawMentoringRequest(UUID requestId) {
        return Response.ok(mapper.toDto(requesting.withdraw(current.require(), requestId)))
                .build();
    }
}
