package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.platform.mapping.DtoConversions.convert;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.CheckInView;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.Mentoring;
import eu.loopmentoring.domain.mentoring.MentoringAgreement;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringGoal;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.MentoringSession;
import eu.loopmentoring.domain.mentoring.MentoringTask;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.RelationshipWork;
import eu.loopmentoring.domain.mentoring.RequestStatus;
import eu.loopmentoring.domain.mentoring.SessionStatus;
import eu.loopmentoring.domain.mentoring.TaskComment;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentoringApi;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferChangesDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementTermsDto;
import eu.loopmentoring.openapi.v1.model.MentoringFeedbackAnswerDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalListDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import eu.loopmentoring.openapi.v1.model.MentoringPrivateNoteTextDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalAnswerDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusChangeDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestViewDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringSessionListDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskCommentListDto;
import eu.loopmentoring.openapi.v1.model.MentoringTaskListDto;
import eu.loopmentoring.openapi.v1.model.NewMentorOfferDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringCheckInDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringGoalDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringPeerGroupDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringProposalDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringRequestDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringSessionDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringTaskCommentDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringTaskDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Mentor offers, mentoring requests, proposals and relationships, and what happens inside relationships. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringResourceV1 implements MentoringApi {

    private final Mentoring mentoring;
    private final MentoringDtoMapper mapper;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;
    private final RelationshipWork work;
    private final MentoringContentDtoMapper content;

    MentoringResourceV1(
            Mentoring mentoring,
            MentoringDtoMapper mapper,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current,
            RelationshipWork work,
            MentoringContentDtoMapper content) {
        this.mentoring = mentoring;
        this.mapper = mapper;
        this.work = work;
        this.content = content;
        this.idempotency = idempotency;
        this.cursors = cursors;
        this.current = current;
    }

    // Offers

    @Override
    public Response listMentorOffers(
            Integer limit,
            String cursor,
            Boolean mine,
            String language,
            MentoringFormatDto format,
            MentoringModeDto mode,
            ProfileDimensionDto profileDimension,
            String subject,
            IscedLevelDto schoolLevel) {
        Subject caller = current.require();
        boolean own = Boolean.TRUE.equals(mine);
        String scope = Cursors.scope(
                "mentor-offers",
                "viewer",
                caller.id(),
                "mine",
                own,
                "language",
                language,
                "format",
                format,
                "mode",
                mode,
                "profileDimension",
                profileDimension,
                "subject",
                subject,
                "schoolLevel",
                schoolLevel);
        OfferFilter filter = new OfferFilter(
                own,
                Optional.ofNullable(language),
                Optional.ofNullable(format).map(f -> convert(f, MentoringFormat.class)),
                Optional.ofNullable(mode).map(m -> convert(m, MentoringMode.class)),
                Optional.ofNullable(profileDimension).map(d -> convert(d, ProfileDimension.class)),
                Optional.ofNullable(subject),
                Optional.ofNullable(schoolLevel).map(l -> convert(l, IscedLevel.class)));
        Page<MentorOffer> page = mentoring.offers(caller, filter, cursors.request(limit, cursor, scope));
        return Response.ok(new MentorOfferPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response createMentorOffer(NewMentorOfferDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentorOffer", body, () -> {
            MentorOffer created = mentoring.createOffer(subject, mapper.toDomain(body));
            return Response.created(URI.create("/api/v1/mentor-offers/" + created.id()))
                    .entity(mapper.toDto(created))
                    .tag(EntityTags.of(created.version()))
                    .build();
        });
    }

    @Override
    public Response getMentorOffer(UUID offerId) {
        return offer(mentoring.offer(current.require(), offerId));
    }

    @Override
    @Transactional
    public Response changeMentorOffer(UUID offerId, MentorOfferChangesDto body, String ifMatch) {
        Subject subject = current.require();
        mentoring.offerToChange(subject, offerId); // who may, and whether it exists, before If-Match
        long expected = Preconditions.expectedVersion(ifMatch);
        return offer(mentoring.changeOffer(subject, offerId, expected, mapper.toDomain(body)));
    }

    // Requests

    @Override
    public Response listMentoringRequests(
            Integer limit, String cursor, MentoringRequestViewDto view, MentoringRequestStatusDto status) {
        Subject subject = current.require();
        boolean pool = view == MentoringRequestViewDto.POOL;
        String scope = Cursors.scope("mentoring-requests", "viewer", subject.id(), "pool", pool, "status", status);
        Page<MentoringRequest> page = pool
                ? mentoring.pool(subject, cursors.request(limit, cursor, scope))
                : mentoring.myRequests(
                        subject,
                        Optional.ofNullable(status).map(s -> convert(s, RequestStatus.class)),
                        cursors.request(limit, cursor, scope));
        return Response.ok(new MentoringRequestPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringRequest(NewMentoringRequestDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringRequest", body, () -> {
            MentoringRequest created = mentoring.createRequest(subject, mapper.toDomain(body));
            return Response.created(URI.create("/api/v1/mentoring-requests/" + created.id()))
                    .entity(mapper.toDto(created))
                    .build();
        });
    }

    @Override
    public Response getMentoringRequest(UUID requestId) {
        return Response.ok(mapper.toDto(mentoring.request(current.require(), requestId)))
                .build();
    }

    @Override
    @Transactional
    public Response withdrawMentoringRequest(UUID requestId) {
        return Response.ok(mapper.toDto(mentoring.withdraw(current.require(), requestId)))
                .build();
    }

    // Proposals

    @Override
    public Response listMentoringProposals(Integer limit, String cursor, MentoringProposalStatusDto status) {
        Subject subject = current.require();
        String scope = Cursors.scope("mentoring-proposals", "viewer", subject.id(), "status", status);
        Page<MentoringProposal> page = mentoring.proposals(
                subject,
                Optional.ofNullable(status).map(s -> convert(s, ProposalStatus.class)),
                cursors.request(limit, cursor, scope));
        return Response.ok(new MentoringProposalPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringProposal(NewMentoringProposalDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringProposal", body, () -> {
            MentoringProposal created = mentoring.propose(subject, body.getRequestId(), body.getOfferId());
            return Response.created(URI.create("/api/v1/mentoring-proposals/" + created.id()))
                    .entity(mapper.toDto(created))
                    .build();
        });
    }

    @Override
    public Response getMentoringProposal(UUID proposalId) {
        return Response.ok(mapper.toDto(mentoring.proposal(current.require(), proposalId)))
                .build();
    }

    @Override
    @Transactional
    public Response answerMentoringProposal(UUID proposalId, MentoringProposalAnswerDto body) {
        boolean accept = body.getAnswer() == MentoringProposalAnswerDto.AnswerEnum.ACCEPT;
        return Response.ok(mapper.toDto(
                        mentoring.answer(current.require(), proposalId, accept, Optional.ofNullable(body.getReason()))))
                .build();
    }

    // Relationships

    @Override
    public Response listMentoringRelationships(
            Integer limit, String cursor, MentoringRelationshipStatusDto status, UUID coalitionId) {
        Subject subject = current.require();
        String scope = Cursors.scope(
                "mentoring-relationships", "viewer", subject.id(), "status", status, "coalition", coalitionId);
        Optional<RelationshipStatus> state = Optional.ofNullable(status).map(s -> convert(s, RelationshipStatus.class));
        PageRequest request = cursors.request(limit, cursor, scope);
        Page<MentoringRelationship> page = coalitionId == null
                ? mentoring.relationships(subject, state, request)
                : mentoring.programmeRelationships(subject, coalitionId, state, request);
        return Response.ok(new MentoringRelationshipPageDto()
                        .items(page.items().stream().map(mapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    public Response getMentoringRelationship(UUID relationshipId) {
        return relationship(mentoring.relationship(current.require(), relationshipId));
    }

    @Override
    @Transactional
    public Response changeMentoringRelationshipStatus(UUID relationshipId, MentoringRelationshipStatusChangeDto body) {
        return relationship(mentoring.changeRelationship(
                current.require(),
                relationshipId,
                convert(body.getStatus(), RelationshipStatus.class),
                Optional.ofNullable(body.getReason()),
                Boolean.TRUE.equals(body.getReopenRequest())));
    }

    @Override
    @Transactional
    public Response createMentoringPeerGroup(NewMentoringPeerGroupDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringPeerGroup", body, () -> {
            MentoringRelationship created = mentoring.createPeerGroup(subject, List.copyOf(body.getInviteeIds()));
            return Response.created(URI.create("/api/v1/mentoring-relationships/" + created.id()))
                    .entity(mapper.toDto(created))
                    .tag(EntityTags.of(created.version()))
                    .build();
        });
    }

    @Override
    @Transactional
    public Response joinMentoringPeerGroup(UUID relationshipId) {
        return relationship(mentoring.join(current.require(), relationshipId));
    }

    @Override
    @Transactional
    public Response removeMentoringParticipant(UUID relationshipId, UUID personId, String ifMatch) {
        Subject subject = current.require();
        mentoring.relationship(subject, relationshipId); // who may, before If-Match
        mentoring.removeParticipant(subject, relationshipId, personId, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    // Inside a relationship: agreement, goals, sessions, private notes, feedback

    @Override
    public Response getMentoringAgreement(UUID relationshipId) {
        return agreement(work.agreement(current.require(), relationshipId));
    }

    @Override
    @Transactional
    public Response putMentoringAgreement(UUID relationshipId, MentoringAgreementTermsDto body, String ifMatch) {
        Subject subject = current.require();
        Optional<Long> expected = work.hasAgreement(subject, relationshipId)
                ? Optional.of(Preconditions.expectedVersion(ifMatch))
                : Optional.empty();
        return agreement(work.putAgreement(subject, relationshipId, expected, content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response confirmMentoringAgreement(UUID relationshipId, String ifMatch) {
        Subject subject = current.require();
        work.agreement(subject, relationshipId); // who may, and whether it exists, before If-Match
        return agreement(work.confirmAgreement(subject, relationshipId, Preconditions.expectedVersion(ifMatch)));
    }

    @Override
    public Response listMentoringGoals(UUID relationshipId, Integer limit, String cursor) {
        Listed<MentoringGoal> listed = list(
                "mentoring-goals",
                relationshipId,
                limit,
                cursor,
                page -> work.goals(current.require(), relationshipId, page));
        return Response.ok(new MentoringGoalListDto()
                        .items(listed.items(content::toDto))
                        .next(listed.next()))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringGoal(UUID relationshipId, NewMentoringGoalDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringGoal", body, () -> {
            MentoringGoal goal =
                    work.addGoal(subject, relationshipId, body.getTitle(), Optional.ofNullable(body.getTargetDate()));
            return Response.created(
                            URI.create("/api/v1/mentoring-relationships/" + relationshipId + "/goals/" + goal.id()))
                    .entity(content.toDto(goal))
                    .tag(EntityTags.of(goal.version()))
                    .build();
        });
    }

    @Override
    public Response getMentoringGoal(UUID relationshipId, UUID goalId) {
        return goal(work.goal(current.require(), relationshipId, goalId));
    }

    @Override
    @Transactional
    public Response changeMentoringGoal(
            UUID relationshipId, UUID goalId, MentoringGoalChangesDto body, String ifMatch) {
        Subject subject = current.require();
        work.goal(subject, relationshipId, goalId); // who may, and whether it exists, before If-Match
        return goal(work.changeGoal(
                subject, relationshipId, goalId, Preconditions.expectedVersion(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringGoal(UUID relationshipId, UUID goalId, String ifMatch) {
        Subject subject = current.require();
        work.goal(subject, relationshipId, goalId); // who may, and whether it exists, before If-Match
        work.deleteGoal(subject, relationshipId, goalId, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listMentoringSessions(UUID relationshipId, Integer limit, String cursor) {
        Listed<MentoringSession> listed = list(
                "mentoring-sessions",
                relationshipId,
                limit,
                cursor,
                page -> work.sessions(current.require(), relationshipId, page));
        return Response.ok(new MentoringSessionListDto()
                        .items(listed.items(content::toDto))
                        .next(listed.next()))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringSession(UUID relationshipId, NewMentoringSessionDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringSession", body, () -> {
            MentoringSession session = work.addSession(
                    subject,
                    relationshipId,
                    body.getStartsAt().toInstant(),
                    body.getDurationMinutes(),
                    body.getStatus() == null ? SessionStatus.PLANNED : convert(body.getStatus(), SessionStatus.class),
                    Optional.ofNullable(body.getSharedNotes()));
            return Response.created(URI.create(
                            "/api/v1/mentoring-relationships/" + relationshipId + "/sessions/" + session.id()))
                    .entity(content.toDto(session))
                    .tag(EntityTags.of(session.version()))
                    .build();
        });
    }

    @Override
    public Response getMentoringSession(UUID relationshipId, UUID sessionId) {
        return session(work.session(current.require(), relationshipId, sessionId));
    }

    @Override
    @Transactional
    public Response changeMentoringSession(
            UUID relationshipId, UUID sessionId, MentoringSessionChangesDto body, String ifMatch) {
        Subject subject = current.require();
        work.session(subject, relationshipId, sessionId); // who may, and whether it exists, before If-Match
        return session(work.changeSession(
                subject, relationshipId, sessionId, Preconditions.expectedVersion(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringSession(UUID relationshipId, UUID sessionId, String ifMatch) {
        Subject subject = current.require();
        work.session(subject, relationshipId, sessionId); // who may, and whether it exists, before If-Match
        work.deleteSession(subject, relationshipId, sessionId, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listMentoringTasks(UUID relationshipId, Integer limit, String cursor) {
        Listed<MentoringTask> listed = list(
                "mentoring-tasks",
                relationshipId,
                limit,
                cursor,
                page -> work.tasks(current.require(), relationshipId, page));
        return Response.ok(new MentoringTaskListDto()
                        .items(listed.items(content::toDto))
                        .next(listed.next()))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringTask(UUID relationshipId, NewMentoringTaskDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "createMentoringTask", body, () -> {
            MentoringTask task = work.addTask(
                    subject,
                    relationshipId,
                    body.getTitle(),
                    Optional.ofNullable(body.getDescription()),
                    Optional.ofNullable(body.getAssigneeId()),
                    Optional.ofNullable(body.getDueDate()));
            return Response.created(
                            URI.create("/api/v1/mentoring-relationships/" + relationshipId + "/tasks/" + task.id()))
                    .entity(content.toDto(task))
                    .tag(EntityTags.of(task.version()))
                    .build();
        });
    }

    @Override
    public Response getMentoringTask(UUID relationshipId, UUID taskId) {
        return task(work.task(current.require(), relationshipId, taskId));
    }

    @Override
    @Transactional
    public Response changeMentoringTask(
            UUID relationshipId, UUID taskId, MentoringTaskChangesDto body, String ifMatch) {
        Subject subject = current.require();
        work.task(subject, relationshipId, taskId); // who may, and whether it exists, before If-Match
        return task(work.changeTask(
                subject, relationshipId, taskId, Preconditions.expectedVersion(ifMatch), content.toDomain(body)));
    }

    @Override
    @Transactional
    public Response deleteMentoringTask(UUID relationshipId, UUID taskId, String ifMatch) {
        Subject subject = current.require();
        work.task(subject, relationshipId, taskId); // who may, and whether it exists, before If-Match
        work.deleteTask(subject, relationshipId, taskId, Preconditions.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response listMentoringTaskComments(UUID relationshipId, UUID taskId, Integer limit, String cursor) {
        Listed<TaskComment> listed = list(
                "mentoring-task-comments",
                taskId,
                limit,
                cursor,
                page -> work.comments(current.require(), relationshipId, taskId, page));
        return Response.ok(new MentoringTaskCommentListDto()
                        .items(listed.items(content::toDto))
                        .next(listed.next()))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringTaskComment(
            UUID relationshipId, UUID taskId, NewMentoringTaskCommentDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(
                idempotencyKey,
                subject.id().toString(),
                "createMentoringTaskComment",
                body,
                () -> Response.status(Response.Status.CREATED)
                        .entity(content.toDto(work.comment(subject, relationshipId, taskId, body.getText())))
                        .build());
    }

    @Override
    public Response listMentoringCheckIns(UUID relationshipId, Integer limit, String cursor) {
        String scope = Cursors.scope("mentoring-check-ins", "owner", relationshipId);
        CheckInView view = work.checkIns(current.require(), relationshipId, cursors.request(limit, cursor, scope));
        return Response.ok(content.toDto(view).next(cursors.next(view.page(), scope)))
                .build();
    }

    @Override
    @Transactional
    public Response createMentoringCheckIn(UUID relationshipId, NewMentoringCheckInDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(
                idempotencyKey,
                subject.id().toString(),
                "createMentoringCheckIn",
                body,
                () -> Response.status(Response.Status.CREATED)
                        .entity(content.toDto(work.checkIn(subject, relationshipId, content.toDomain(body))))
                        .build());
    }

    @Override
    public Response getMyMentoringSessionNote(UUID relationshipId, UUID sessionId) {
        return Response.ok(content.toDto(work.myNote(current.require(), relationshipId, sessionId)))
                .build();
    }

    @Override
    @Transactional
    public Response putMyMentoringSessionNote(UUID relationshipId, UUID sessionId, MentoringPrivateNoteTextDto body) {
        return Response.ok(content.toDto(work.putMyNote(current.require(), relationshipId, sessionId, body.getText())))
                .build();
    }

    @Override
    public Response getMyMentoringFeedback(UUID relationshipId) {
        return Response.ok(content.toDto(work.myFeedback(current.require(), relationshipId)))
                .build();
    }

    @Override
    @Transactional
    public Response putMyMentoringFeedback(UUID relationshipId, MentoringFeedbackAnswerDto body) {
        return Response.ok(content.toDto(work.giveFeedback(
                        current.require(), relationshipId, body.getRating(), Optional.ofNullable(body.getText()))))
                .build();
    }

    /** One page of a collection inside a relationship, and the cursor to the next. */
    private record Listed<T>(Page<T> page, String next) {
        <D> List<D> items(Function<T, D> toDto) {
            return page.items().stream().map(toDto).toList();
        }
    }

    private <T> Listed<T> list(
            String collection, UUID owner, Integer limit, String cursor, Function<PageRequest, Page<T>> read) {
        String scope = Cursors.scope(collection, "owner", owner);
        Page<T> page = read.apply(cursors.request(limit, cursor, scope));
        return new Listed<>(page, cursors.next(page, scope));
    }

    private Response agreement(MentoringAgreement agreement) {
        return Response.ok(content.toDto(agreement))
                .tag(EntityTags.of(agreement.version()))
                .build();
    }

    private Response goal(MentoringGoal goal) {
        return Response.ok(content.toDto(goal))
                .tag(EntityTags.of(goal.version()))
                .build();
    }

    private Response task(MentoringTask task) {
        return Response.ok(content.toDto(task))
                .tag(EntityTags.of(task.version()))
                .build();
    }

    private Response session(MentoringSession session) {
        return Response.ok(content.toDto(session))
                .tag(EntityTags.of(session.version()))
                .build();
    }

    private Response offer(MentorOffer offer) {
        return Response.ok(mapper.toDto(offer))
                .tag(EntityTags.of(offer.version()))
                .build();
    }

    private Response relationship(MentoringRelationship relationship) {
        return Response.ok(mapper.toDto(relationship))
                .tag(EntityTags.of(relationship.version()))
                .build();
    }
}
