package eu.loopmentoring.domain.mentoring;

import java.util.UUID;

/** The coalitions whose mentoring programmes requests and relationships belong to. */
public interface Programmes {

    /** An ACTIVE member of the coalition. */
    boolean activeMember(UUID coalitionId, UUID person);

    /** An ACTIVE coordinator of the coalition. */
    boolean coordinates(UUID coalitionId, UUID person);
}
