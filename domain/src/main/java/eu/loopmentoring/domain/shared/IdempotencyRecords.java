package eu.loopmentoring.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembered answers to requests that carried an Idempotency-Key. Claiming and completing happen
 * in the caller's transaction, together with the request's effect.
 */
public interface IdempotencyRecords {

    /** An earlier request with the same caller and key. {@code status} is 0 while unanswered. */
    record Recorded(String operation, String requestHash, int status, String body, String location) {}

    /**
     * Claims {@code key} for this request. Empty means the request is the first and now owns the key;
     * otherwise the earlier one is returned. A concurrent first request holds the claim until its
     * transaction ends, so a duplicate waits and then sees its answer. Records older than
     * {@code retention} are forgotten.
     */
    Optional<Recorded> claim(
            String caller, String key, String operation, String requestHash, Instant now, Duration retention);

    void complete(String caller, String key, int status, String body, String location);

    /** Forgets records older than {@code retention}; returns how many. */
    int purge(Instant now, Duration retention);
}
