package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.SessionWork;
import eu.loopmentoring.openapi.v1.api.MentoringSessionsApi;
import eu.loopmentoring.openapi.v1.model.MentoringPrivateNoteTextDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionChangesDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringSessionDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** A relationship's sessions, and the caller's private note on each. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringSessionsResourceV1 implements MentoringSessionsApi {

    private final SessionWork sessions;
    private final MentoringContentDtoMapper content;
    private final OwnedPages pages;
    private final CurrentSubject current;

    MentoringSessionsResourceV1(
            SessionWork sessions, MentoringContentDtoMapper content, OwnedPages pages, CurrentSubject current) {
        this.sessions = sessions;
        this.content = content;
        this.pages = pages;
        this.current = current;
    }

    @Override
    public Response listMentoringSessions(UUID relationshipId, Integer limit, String cursor) {
        return pages.list(
                "mentoring-sessions",
                relationshipId,
                limit,
                cursor,
                (caller, page) -> sessions.sessions(caller, relationshipId, page),
                content::sessions);
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringSession(UUID relationshipId, NewMentoringSessionDto body, String idempotencyKey) {
        MentoringSession session = sessions.addSession(
                current.require(),
                relationshipId,
                body.getStartsAt().toInstant(),
                body.getDurationMinutes(),
                content.toDomain(body.getStatus()),
                Optional.ofNullable(body.getSharedNotes()));
        return Responses.created(
                Route.of(MentoringSessionsApi.class, api -> api.getMentoringSession(relationshipId, session.id())),
                content.toDto(session),
                session.version());
    }

    @Override
    public Response getMentoringSession(UUID relationshipId, UUID sessionId) {
        return session(sessions.session(current.require(), relationshipId, sessionId));
    }

    @Override
    @Transactional
    public Response changeMentoringSession(
            UUID relationshipId, UUID sessionId, MentoringSessionChangesDto body, String ifMatch) {
        return session(sessions.changeSession(
                current.require(), relationshipId, sessionId, Preconditions.ifMatch(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringSession(UUID relationshipId, UUID sessionId, String ifMatch) {
        sessions.deleteSession(current.require(), relationshipId, sessionId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response getMyMentoringSessionNote(UUID relationshipId, UUID sessionId) {
        return Response.ok(content.toDto(sessions.myNote(current.require(), relationshipId, sessionId)))
                .build();
    }

    @Override
    @Transactional
    public Response putMyMentoringSessionNote(UUID relationshipId, UUID sessionId, MentoringPrivateNoteTextDto body) {
        return Response.ok(
                        content.toDto(sessions.putMyNote(current.require(), relationshipId, sessionId, body.getText())))
                .build();
    }

    private Response session(MentoringSession session) {
        return Responses.ok(content.toDto(session), session.version());
    }
}
