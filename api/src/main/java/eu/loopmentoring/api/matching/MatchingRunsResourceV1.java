package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.paging.Cursors;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.matchingrun.CoalitionMatchingRuns;
import eu.loopmentoring.domain.matchingrun.CoalitionPolicies;
import eu.loopmentoring.domain.matchingrun.MatchingRun;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.matchingrun.RunPair;
import eu.loopmentoring.domain.matchingrun.RunUnmatched;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MatchingRunsApi;
import eu.loopmentoring.openapi.v1.model.MatchingPolicySettingsDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunPairPageDto;
import eu.loopmentoring.openapi.v1.model.MatchingRunUnmatchedPageDto;
import eu.loopmentoring.openapi.v1.model.NewMatchingRunDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;

/** Coalitions' matching policies, batch runs and the explanation of automated matches. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MatchingRunsResourceV1 implements MatchingRunsApi {

    private final CoalitionPolicies policies;
    private final CoalitionMatchingRuns runs;
    private final MatchingPolicyDtoMapper policyMapper;
    private final MatchingRunDtoMapper runMapper;
    private final Cursors cursors;
    private final CurrentSubject current;

    MatchingRunsResourceV1(
            CoalitionPolicies policies,
            CoalitionMatchingRuns runs,
            MatchingPolicyDtoMapper policyMapper,
            MatchingRunDtoMapper runMapper,
            Cursors cursors,
            CurrentSubject current) {
        this.policies = policies;
        this.runs = runs;
        this.policyMapper = policyMapper;
        this.runMapper = runMapper;
        this.cursors = cursors;
        this.current = current;
    }

    @Override
    public Response getMatchingPolicy(UUID coalitionId) {
        return policy(policies.current(current.require(), coalitionId));
    }

    @Override
    public Response getMatchingPolicyVersion(UUID coalitionId, Integer policyVersion) {
        return Response.ok(policyMapper.toDto(policies.version(current.require(), coalitionId, policyVersion)))
                .build();
    }

    @Override
    @Transactional
    public Response replaceMatchingPolicy(UUID coalitionId, MatchingPolicySettingsDto body, String ifMatch) {
        return policy(policies.change(
                current.require(), coalitionId, Preconditions.ifMatch(ifMatch), policyMapper.toDomain(body)));
    }

    @Override
    @Transactional
    @IdempotentCreate
    public Response startMatchingRun(NewMatchingRunDto body, String idempotencyKey) {
        return run(runs.start(current.require(), body.getCoalitionId()));
    }

    @Override
    public Response listMatchingRuns(Integer limit, String cursor, UUID coalitionId) {
        Subject subject = current.require();
        String scope = Cursors.scope("matching-runs", "viewer", subject.id(), "coalition", coalitionId);
        Page<MatchingRun> page =
                runs.list(subject, Optional.ofNullable(coalitionId), cursors.request(limit, cursor, scope));
        return Response.ok(runMapper.runs(page, cursors.next(page, scope))).build();
    }

    @Override
    public Response getMatchingRun(UUID runId) {
        return Response.ok(runMapper.toDto(runs.run(current.require(), runId))).build();
    }

    @Override
    public Response listMatchingRunPairs(UUID runId, Integer limit, String cursor) {
        String scope = Cursors.scope("matching-run-pairs", "run", runId);
        Page<RunPair> page = runs.pairs(current.require(), runId, cursors.request(limit, cursor, scope));
        return Response.ok(new MatchingRunPairPageDto()
                        .items(page.items().stream().map(runMapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    public Response listMatchingRunUnmatchedRequests(UUID runId, Integer limit, String cursor) {
        String scope = Cursors.scope("matching-run-unmatched", "run", runId);
        Page<RunUnmatched> page = runs.unmatched(current.require(), runId, cursors.request(limit, cursor, scope));
        return Response.ok(new MatchingRunUnmatchedPageDto()
                        .items(page.items().stream().map(runMapper::toDto).toList())
                        .next(cursors.next(page, scope)))
                .build();
    }

    @Override
    @Transactional
    public Response publishMatchingRun(UUID runId) {
        return run(runs.publish(current.require(), runId));
    }

    @Override
    @Transactional
    public Response discardMatchingRun(UUID runId) {
        return Response.ok(runMapper.toDto(runs.discard(current.require(), runId)))
                .build();
    }

    @Override
    public Response getMatchExplanation(UUID matchId) {
        return Response.ok(runMapper.toExplanation(runs.explanation(current.require(), matchId)))
                .build();
    }

    /** The run is under way: where to follow it. */
    private Response run(MatchingRun run) {
        return Responses.accepted(
                Route.of(MatchingRunsApi.class, api -> api.getMatchingRun(run.id())), runMapper.toDto(run));
    }

    private Response policy(PolicyVersion version) {
        return Responses.ok(policyMapper.toDto(version), version.version());
    }
}
