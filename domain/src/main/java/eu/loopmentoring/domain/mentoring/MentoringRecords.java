package eu.loopmentoring.domain.mentoring;

import java.util.List;
import java.util.Optional;

/** Everything of a person's mentoring, for their export. */
public record MentoringRecords(
        Optional<MentorOffer> offer,
        List<MentoringRequest> requests,
        List<MentoringProposal> proposals,
        List<MentoringRelationship> relationships) {}
