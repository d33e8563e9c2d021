package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.idempotency.Idempotency;
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
import java.net.URI;
import java.util.UUID;

/** Coalitions' matching policies, batch runs and the explanation of automated matches. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MatchingRunsResourceV1 implements MatchingRunsApi {

    private final CoalitionPolicies policies;
    private final CoalitionMatchingRuns runs;
    private final MatchingPolicyDtoMapper policyMapper;
    private final MatchingRunDtoMapper runMapper;
    private final Idempotency idempotency;
    private final Cursors cursors;
    private final CurrentSubject current;

    MatchingRunsResourceV1(
            CoalitionPolicies policies,
            CoalitionMatchingRuns runs,
            MatchingPolicyDtoMapper policyMapper,
            MatchingRunDtoMapper runMapper,
            Idempotency idempotency,
            Cursors cursors,
            CurrentSubject current) {
        this.policies = policies;
        this.runs = runs;
        this.policyMapper = policyMapper;
        this.runMapper = runMapper;
        this.idempotency = idempotency;
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
        Subject subject = current.require();
        policies.current(subject, coalitionId); // whether it exists for the caller, before If-Match
        long expected = Preconditions.expectedVersion(ifMatch);
        return policy(policies.change(subject, coalitionId, expected, policyMapper.toDomain(body)));
    }

    @Override
    @Transactional
    public Response startMatchingRun(NewMatchingRunDto body, String idempotencyKey) {
        Subject subject = current.require();
        return idempotency.once(idempotencyKey, subject.id().toString(), "startMatchingRun", body, () -> {
            MatchingRun run = runs.start(subject, body.getCoalitionId());
            return Response.accepted(runMapper.toDto(run))
                    .location(URI.create("/api/v1/matching-runs/" + run.id()))
                    .build();
        });
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
        MatchingRun run = runs.publish(current.require(), runId);
        return Response.accepted(runMapper.toDto(run))
                .location(URI.create("/api/v1/matching-runs/" + run.id()))
                .build();
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

    private Response policy(PolicyVersion version) {
        return Response.ok(policyMapper.toDto(version))
                .tag(EntityTags.of(version.version()))
                .build();
    }
}
