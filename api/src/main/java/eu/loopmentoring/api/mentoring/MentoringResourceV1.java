package eu.loopmentoring.api.mentoring;

import static eu.loopmentoring.api.mentoring.MentoringDtoMapper.convert;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentorOffer;
import eu.loopmentoring.domain.mentoring.Mentoring;
import eu.loopmentoring.domain.mentoring.MentoringFormat;
import eu.loopmentoring.domain.mentoring.MentoringMode;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRequest;
import eu.loopmentoring.domain.mentoring.OfferFilter;
import eu.loopmentoring.domain.mentoring.ProposalStatus;
import eu.loopmentoring.domain.mentoring.RelationshipStatus;
import eu.loopmentoring.domain.mentoring.RequestStatus;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.ProfileDimension;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentoringApi;
import eu.loopmentoring.openapi.v1.model.IscedLevelDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferChangesDto;
import eu.loopmentoring.openapi.v1.model.MentorOfferPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringFormatDto;
import eu.loopmentoring.openapi.v1.model.MentoringModeDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalAnswerDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusChangeDto;
import eu.loopmentoring.openapi.v1.model.MentoringRelationshipStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestPageDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestStatusDto;
import eu.loopmentoring.openapi.v1.model.MentoringRequestViewDto;
import eu.loopmentoring.openapi.v1.model.NewMentorOfferDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringProposalDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringRequestDto;
import eu.loopmentoring.openapi.v1.model.ProfileDimensionDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Mentor offers, mentoring requests, proposals and relationships. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringResourceV1 implements MentoringApi {

    private final Mentoring mentoring;
    private final MentoringDtoMapper mapper;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentoringResourceV1(
            Mentoring mentoring,
            MentoringDtoMapper mapper,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current) {
        this.mentoring = mentoring;
        this.mapper = mapper;
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
    public Response listMentoringRelationships(Integer limit, String cursor, MentoringRelationshipStatusDto status) {
        Subject subject = current.require();
        String scope = Cursors.scope("mentoring-relationships", "viewer", subject.id(), "status", status);
        Page<MentoringRelationship> page = mentoring.relationships(
                subject,
                Optional.ofNullable(status).map(s -> convert(s, RelationshipStatus.class)),
                cursors.request(limit, cursor, scope));
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
