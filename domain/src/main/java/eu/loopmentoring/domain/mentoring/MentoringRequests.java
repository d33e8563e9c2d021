package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every mentoring request. */
public interface MentoringRequests {

    Optional<MentoringRequest> find(UUID id);

    /** Finds the request and holds it until the unit of work ends (first acceptance wins). */
    Optional<MentoringRequest> findLocked(UUID id);

    void add(MentoringRequest request);

    /** Stores the request if its version is still {@code request.version()}; empty otherwise. */
    Optional<MentoringRequest> update(MentoringRequest request);

    /** The mentee's requests, newest first; {@code status} narrows when present. */
    Page<MentoringRequest> ofMentee(UUID menteeId, Optional<RequestStatus> status, PageRequest page);

    /** Requests in the pool (OPEN or PROPOSED, addressed to nobody) of people other than {@code viewer}, oldest first. */
    /** Every OPEN request in the pool (addressed to nobody), for matching. */
    List<MentoringRequest> seeking();

    /** The OPEN requests addressed to nobody whose mentees are active members of the coalition. */
    List<MentoringRequest> seekingInCoalition(UUID coalitionId);

    Page<MentoringRequest> inPool(UUID viewer, PageRequest page);

    /** All of the mentee's requests, for their export. */
    List<MentoringRequest> allOf(UUID menteeId);
}
