package eu.loopmentoring.domain.profile;

import java.util.UUID;

/** How two people, or an organisation and a person, are related: what profile visibility rests on. */
public interface PersonRelations {

    /** In a mentoring relationship together, as mentor, mentee or peers. */
    boolean mentoringPartners(UUID person, UUID other);

    /** Both active members of at least one coalition. */
    boolean shareActiveCoalition(UUID person, UUID other);

    /** The person is an active member of the organisation. */
    boolean activeMemberOf(UUID organizationId, UUID person);
}
