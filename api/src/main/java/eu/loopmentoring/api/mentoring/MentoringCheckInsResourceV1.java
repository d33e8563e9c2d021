package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
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
    private final OwnedPages pages;
    private final CurrentSubject current;

    MentoringCheckInsResourceV1(
            CheckInWork checkIns, MentoringContentDtoMapper content, OwnedPages pages, CurrentSubject current) {
        this.checkIns = checkIns;
        this.content = content;
        this.pages = pages;
        this.current = current;
    }

    @Override
    public Response listMentoringCheckIns(UUID relationshipId, Integer limit, String cursor) {
        return pages.list(
                "mentoring-check-ins",
                relationshipId,
                limit,
                cursor,
                (caller, page) -> checkIns.checkIns(caller, relationshipId, page),
                CheckInView::page,
                content::checkIns);
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
