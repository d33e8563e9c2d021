package eu.loopmentoring.api.matching;

import eu.loopmentoring.domain.mentoring.MatchCandidates;
import eu.loopmentoring.domain.mentoring.MatchSuggestions;
import eu.loopmentoring.domain.mentoring.MentorOffers;
import eu.loopmentoring.domain.mentoring.MentoringRequests;
import eu.loopmentoring.domain.mentoring.PersonBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the matching engine's self-service suggestions to mentoring and profiles. */
@ApplicationScoped
public class MatchingConfiguration {

    @Produces
    @ApplicationScoped
    MatchSuggestions matchSuggestions(
            MentorOffers offers,
            MentoringRequests requests,
            PersonBlocks blocks,
            MatchCandidates candidates,
            Clock clock) {
        return new MatchSuggestions(offers, requests, blocks, candidates, clock);
    }
}
