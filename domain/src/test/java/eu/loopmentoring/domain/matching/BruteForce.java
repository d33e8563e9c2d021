package eu.loopmentoring.domain.matching;

import eu.loopmentoring.domain.matching.MatchingPolicy.Objective;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers the batch run must give, found the slow and obvious way. */
final class BruteForce {

    private BruteForce() {}

    /** Each pair's score, or -1 when it fails a filter. */
    static long[][] scores(MatchingPolicy policy, MatchingInput input) {
        Suggestions suggestions = new Suggestions(policy);
        List<MenteeCandidate> mentees = input.mentees();
        List<MentorCandidate> mentors = input.mentors();
        long[][] scores = new long[mentees.size()][mentors.size()];
        for (int i = 0; i < mentees.size(); i++) {
            for (int j = 0; j < mentors.size(); j++) {
                scores[i][j] = suggestions
                        .check(mentees.get(i), mentors.get(j), input.blocked(), input.week())
                        .explanation()
                        .map(PairExplanation::milliPoints)
                        .orElse(-1L);
            }
        }
        return scores;
    }

    /** {matched, total milli-points} of the best assignment for the policy's objective, trying them all. */
    static long[] optimum(MatchingPolicy policy, MatchingInput input) {
        long[][] scores = scores(policy, input);
        int[] load = new int[input.mentors().size()];
        long[] best = {-1, -1};
        search(0, 0, 0, scores, input.mentors(), load, policy.objective(), best);
        return best;
    }

    private static void search(
            int i,
            long matched,
            long total,
            long[][] scores,
            List<MentorCandidate> mentors,
            int[] load,
            Objective objective,
            long[] best) {
        if (i == scores.length) {
            boolean better = objective == Objective.MOST_MATCHES_THEN_SCORE
                    ? matched > best[0] || (matched == best[0] && total > best[1])
                    : total > best[1] || (total == best[1] && matched > best[0]);
            if (better) {
                best[0] = matched;
                best[1] = total;
            }
            return;
        }
        search(i + 1, matched, total, scores, mentors, load, objective, best);
        for (int j = 0; j < mentors.size(); j++) {
            if (scores[i][j] >= 0 && load[j] < mentors.get(j).remainingCapacity()) {
                load[j]++;
                search(i + 1, matched + 1, total + scores[i][j], scores, mentors, load, objective, best);
                load[j]--;
            }
        }
    }

    /** The blocking pairs of {@link MatchingResult#blockingPairs()}, counted from the definition. */
    static long blockingPairs(MatchingPolicy policy, MatchingInput input, MatchingResult result) {
        long[][] scores = scores(policy, input);
        Map<UUID, UUID> offerOf = new HashMap<>();
        result.pairs().forEach(p -> offerOf.put(p.requestId(), p.offerId()));
        List<MenteeCandidate> mentees = input.mentees();
        List<MentorCandidate> mentors = input.mentors();
        long count = 0;
        for (int i = 0; i < mentees.size(); i++) {
            UUID own = offerOf.get(mentees.get(i).requestId());
            long ownScore = -1;
            for (int j = 0; j < mentors.size(); j++) {
                if (mentors.get(j).offerId().equals(own)) ownScore = scores[i][j];
            }
            for (int j = 0; j < mentors.size(); j++) {
                UUID offer = mentors.get(j).offerId();
                if (scores[i][j] < 0 || offer.equals(own)) continue;
                boolean menteeGains = own == null || scores[i][j] > ownScore;
                int taken = 0;
                long lowest = Long.MAX_VALUE;
                for (int k = 0; k < mentees.size(); k++) {
                    if (offer.equals(offerOf.get(mentees.get(k).requestId()))) {
                        taken++;
                        lowest = Math.min(lowest, scores[k][j]);
                    }
                }
                boolean mentorTakes = taken < mentors.get(j).remainingCapacity() || scores[i][j] > lowest;
                if (menteeGains && mentorTakes) count++;
            }
        }
        return count;
    }
}
