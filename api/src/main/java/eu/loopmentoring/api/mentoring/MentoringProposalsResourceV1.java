package eu.loopmentoring.api.mentoring;

import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.mentoring.MentoringProposal;
import eu.loopmentoring.domain.mentoring.Proposing;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MentoringProposalsApi;
import eu.loopmentoring.openapi.v1.model.MentoringProposalAnswerDto;
import eu.loopmentoring.openapi.v1.model.MentoringProposalStatusDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringProposalDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** The proposals that pair a request with an offer, and their answers. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MentoringProposalsResourceV1 implements MentoringProposalsApi {

    private final Proposing proposing;
    private final MentoringDtoMapper mapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    MentoringProposalsResourceV1(
            Proposing proposing, MentoringDtoMapper mapper, Cursors cursors, CurrentSubject current) {
        this.proposing = proposing;
        this.mapper = mapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response listMentoringProposals(Integer limit, String cursor, MentoringProposalStatusDto status) {
        Subject subject = current.require();
        String scope = Cursors.scope("mentoring-proposals", "viewer", subject.id(), "status", status);
        Page<MentoringProposal> page = proposing.proposals(
                subject, Optional.ofNullable(status).map(mapper::toDomain), cursors.request(limit, cursor, scope));
        return Response.ok(mapper.proposals(page, cursors.next(page, scope))).build();
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response createMentoringProposal(NewMentoringProposalDto body, String idempotencyKey) {
        MentoringProposal created = proposing.propose(current.require(), body.getRequestId(), body.getOfferId());
        return Responses.created(
                Route.of(MentoringProposalsApi.class, api -> api.getMentoringProposal(created.id())),
                mapper.toDto(created));
    }

    @Override
    public Response getMentoringProposal(UUID proposalId) {
        return Response.ok(mapper.toDto(proposing.proposal(current.require(), proposalId)))
                .build();
    }

    @Override
    @Transactional
    public Response answerMentoringProposal(UUID proposalId, MentoringProposalAnswerDto body) {
        boolean accept = body.getAnswer() == MentoringProposalAnswerDto.AnswerEnum.ACCEPT;
        return Response.ok(mapper.toDto(
                        proposing.answer(current.require(), proposalId, accept, Optional.ofNullable(body.getReason()))))
                .build();
    }
}
