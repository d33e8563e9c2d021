package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.matching.MenteeCandidate;
import eu.loopmentoring.domain.matching.MentorCandidate;

/**
 * Requests and offers as the matching engine sees them: the terms joined with each person's profile
 * (languages with their levels, career stage, subjects, school levels, availability, consents) and
 * competency profile. Implemented where profiles are read.
 */
public interface MatchCandidates {

    MenteeCandidate mentee(MentoringRequest request);

    MentorCandidate mentor(MentorOffer offer);
}
