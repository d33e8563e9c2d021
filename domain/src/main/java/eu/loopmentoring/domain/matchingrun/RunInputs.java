package eu.loopmentoring.domain.matchingrun;

import eu.loopmentoring.domain.matching.MatchingInput;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a run of a coalition matches, read in bulk: the OPEN requests addressed to nobody of its
 * active members, the ACTIVE offers with capacity left of its active members, and the blocks
 * among them.
 */
public interface RunInputs {

    MatchingInput load(UUID coalitionId, LocalDate week);
}
