package eu.loopmentoring.api.matching;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.matchingrun.CoalitionMatchingRuns;
import eu.loopmentoring.domain.matchingrun.CoalitionPolicies;
import eu.loopmentoring.domain.matchingrun.CoalitionRunInputs;
import eu.loopmentoring.domain.matchingrun.MatchingRuns;
import eu.loopmentoring.domain.matchingrun.PolicyVersions;
import eu.loopmentoring.domain.matchingrun.RunInputs;
import eu.loopmentoring.domain.mentoring.MatchCandidates;
import eu.loopmentoring.domain.mentoring.MatchSuggestions;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import eu.loopmentoring.domain.mentoring.ProfileMatchCandidates;
import eu.loopmentoring.domain.mentoring.Proposing;
import eu.loopmentoring.domain.organization.PersonSchools;
import eu.loopmentoring.domain.profile.Consents;
import eu.loopmentoring.domain.profile.Profiles;
import eu.loopmentoring.domain.profile.QuestionnaireAnswering;
import eu.loopmentoring.domain.profile.QuestionnaireResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the matching engine's self-service suggestions and coalition runs to mentoring, profiles and coalitions. */
@ApplicationScoped
public class MatchingConfiguration {

    /** As its class, not only as {@link MatchCandidates}: a run reads a whole coalition's candidates in bulk. */
    @Produces
    @ApplicationScoped
    ProfileMatchCandidates matchCandidates(
            Profiles profiles,
            QuestionnaireAnswering answering,
            QuestionnaireResponses responses,
            Consents consents,
            PersonSchools schools) {
        return new ProfileMatchCandidates(profiles, answering, responses, consents, schools);
    }

    @Produces
    @ApplicationScoped
    RunInputs runInputs(
            MentoringRequests requests,
            MentorOffers offers,
            PersonBlocks blocks,
            MentoringRelationships relationships,
            ProfileMatchCandidates candidates) {
        return new CoalitionRunInputs(requests, offers, blocks, relationships, candidates);
    }

    @Produces
    @ApplicationScoped
    MatchSuggestions matchSuggestions(
            MentorOffers offers,
            MentoringRequests requests,
            PersonBlocks blocks,
            MentoringRelationships relationships,
            MatchCandidates candidates,
            Clock clock) {
        return new MatchSuggestions(offers, requests, blocks, relationships, candidates, clock);
    }

    @Produces
    @ApplicationScoped
    CoalitionPolicies coalitionPolicies(
            Coalitions coalitions, CoalitionMemberships memberships, PolicyVersions versions, Clock clock) {
        return new CoalitionPolicies(coalitions, memberships, versions, clock);
    }

    @Produces
    @ApplicationScoped
    CoalitionMatchingRuns coalitionMatchingRuns(
            CoalitionPolicies policies, MatchingRuns runs, RunInputs inputs, Proposing proposing, Clock clock) {
        return new CoalitionMatchingRuns(policies, runs, inputs, proposing, clock);
    }
}
