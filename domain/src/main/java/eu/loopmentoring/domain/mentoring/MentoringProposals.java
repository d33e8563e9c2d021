package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every proposal; at most one PENDING proposal per request and offer. */
public interface MentoringProposals {

    Optional<MentoringProposal> find(UUID id);

    /** The proposal as it is now, held until the unit of work ends; take its offer's and request's locks first. */
    Optional<MentoringProposal> findLocked(UUID id);

    /** Adds the proposal; false when the same request and offer already have a pending one. */
    boolean add(MentoringProposal proposal);

    MentoringProposal update(MentoringProposal proposal);

    List<MentoringProposal> pendingOf(UUID requestId);

    /** PENDING proposals pairing the two people, whichever is mentor or mentee. */
    List<MentoringProposal> pendingBetween(UUID one, UUID other);

    /** Whether any proposal, whatever its state, pairs the request with the offer. */
    boolean exists(UUID requestId, UUID offerId);

    /** Proposals the person is part of (either side), newest first; {@code status} narrows when present. */
    Page<MentoringProposal> involving(UUID person, Optional<ProposalStatus> status, PageRequest page);

    List<MentoringProposal> allInvolving(UUID person);

    /** Ids of PENDING proposals past their time, oldest first, at most {@code limit}. */
    List<UUID> due(Instant now, int limit);
}
