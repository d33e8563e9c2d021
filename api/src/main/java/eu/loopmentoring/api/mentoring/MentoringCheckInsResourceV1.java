package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.CheckInView;
import eu.loopmentoring.domain.mentoring.CheckInWork;
import eu.loopmentoring.openapi.v1.api.MentoringCheckInsApi;
import eu.loopmentoring.openapi.v1.model.NewMentoringCheckInDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A relationship's check-ins. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringCheckInsResourceV1 implements MentoringCheckInsApi {

    private final CheckInWork checkIns;
    private final MentoringContentDtoMapper content;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentoringCheckInsResourceV1(
            CheckInWork checkIns, MentoringContentDtoMapper content, Cursors cursors, CurrentSubject current) {
        this.checkIns = checkIns;
        this.content = content;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMentoringCheckIns(UUID relationshipId, Integer limit, String cursor) {
        String scope = Cursors.scope("mentoring-check-ins", "owner", relationshipId);
        CheckInView view = checkIns.checkIns(current.require(), relationshipId, cursors.request(limit, cursor, scope));
        return Response.ok(content.toDto(view).next(cursors.next(view.page(), scope)))
                .build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringCheckIn(UUID relationshipId, NewMentoringCheckInDto body, String idempotencyKey) {
        // A check-in has no address of its own to name in Location.
        return Response.status(Response.Status.CREATED)
                .entity(content.toDto(checkIns.checkIn(current.require(), relationshipId, content.toDomain(body))))
                .build();
    }
}
