package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.RelationshipLifecycle;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentoringRelationshipsApi;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusChangeDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringPeerGroupDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentoring relationships as a whole: their status, peer groups and participants. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringRelationshipsResourceV1 implements MentoringRelationshipsApi {

    private final RelationshipLifecycle lifecycle;
    private final MentoringDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentoringRelationshipsResourceV1(
            RelationshipLifecycle lifecycle, MentoringDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.lifecycle = lifecycle;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMentoringRelationships(
            Integer limit, String cursor, MentoringRelationshipStatusDto status, UUID coalitionId) {
        Subject subject = current.require();
        String scope = Cursors.scope(
                "mentoring-relationships", "viewer", subject.id(), "status", status, "coalition", coalitionId);
        Optional<RelationshipStatus> state = Optional.ofNullable(status).map(mapper::toDomain);
        PageRequest request = cursors.request(limit, cursor, scope);
        Page<MentoringRelationship> page = coalitionId == null
                ? lifecycle.relationships(subject, state, request)
                : lifecycle.programmeRelationships(subject, coalitionId, state, request);
        return Response.ok(mapper.relationships(page, cursors.next(page, scope)))
                .build();
    }

    @Override
    public Response getMentoringRelationship(UUID relationshipId) {
        return relationship(lifecycle.relationship(current.require(), relationshipId));
    }

    @Override
    @Transactional
    public Response changeMentoringRelationshipStatus(UUID relationshipId, MentoringRelationshipStatusChangeDto body) {
        return relationship(lifecycle.changeRelationship(
                current.require(),
                relationshipId,
                mapper.toDomain(body.getStatus()),
                Optional.ofNullable(body.getReason()),
                Boolean.TRUE.equals(body.getReopenRequest())));
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringPeerGroup(NewMentoringPeerGroupDto body, String idempotencyKey) {
        MentoringRelationship created = lifecycle.createPeerGroup(current.require(), List.copyOf(body.getInviteeIds()));
        return Responses.created(
                Route.of(MentoringRelationshipsApi.class, api -> api.getMentoringRelationship(created.id())),
                mapper.toDto(created),
                created.version());
    }

    @Override
    @Transactional
    public Response joinMentoringPeerGroup(UUID relationshipId) {
        return relationship(lifecycle.join(current.require(), relationshipId));
    }

    @Override
    @Transactional
    public Response removeMentoringParticipant(UUID relationshipId, UUID personId, String ifMatch) {
        lifecycle.removeParticipant(current.require(), relationshipId, personId, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    private Response relationship(MentoringRelationship relationship) {
        return Responses.ok(mapper.toDto(relationship), relationship.version());
    }
}
