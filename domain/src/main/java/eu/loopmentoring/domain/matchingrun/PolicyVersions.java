package eu.loopmentoring.domain.matchingrun;

import java.util.Optional;
import java.util.UUID;

/** The saved versions of each coalition's matching policy; a version is never changed once saved. */
public interface PolicyVersions {

    /** The highest saved version of the coalition's policy. */
    Optional<PolicyVersion> latest(UUID coalitionId);

    Optional<PolicyVersion> find(UUID coalitionId, int version);

    /** Saves a new version; false when that version exists already (someone saved in between). */
    boolean add(PolicyVersion version);
}
