package eu.loopmentoring.api.matching;

import eu.loopmentoring.api.platform.http.EntityTags;
import eu.loopmentoring.api.platform.http.Preconditions;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.matchingrun.CoalitionPolicies;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.MatchingRunsApi;
import eu.loopmentoring.openapi.v1.model.MatchingPolicySettingsDto;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Coalitions' matching policies, batch runs and the explanation of automated matches. */
@Path("/") // the generated interfaces carry full paths on their methods
public class MatchingRunsResourceV1 implements MatchingRunsApi {

    private final CoalitionPolicies policies;
    private final MatchingPolicyDtoMapper policyMapper;
    private final CurrentSubject current;

    MatchingRunsResourceV1(CoalitionPolicies policies, MatchingPolicyDtoMapper policyMapper, CurrentSubject current) {
        this.policies = policies;
        this.policyMapper = policyMapper;
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

    private Response policy(PolicyVersion version) {
        return Response.ok(policyMapper.toDto(version))
                .tag(EntityTags.of(version.version()))
                .build();
    }
}
