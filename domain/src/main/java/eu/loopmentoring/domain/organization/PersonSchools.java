package eu.loopmentoring.domain.organization;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Which school people teach at, for the matching's "not the same school" filter. */
public interface PersonSchools {

    /**
     * Each person's school: the organisation of kind SCHOOL they have been an ACTIVE member of the
     * longest (then the smallest id); people in no school are absent.
     */
    Map<UUID, UUID> of(Collection<UUID> people);
}
