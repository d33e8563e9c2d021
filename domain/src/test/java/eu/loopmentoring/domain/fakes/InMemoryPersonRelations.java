package eu.loopmentoring.domain.fakes;

import eu.loopmentoring.domain.coalition.MembershipStatus;
import eu.loopmentoring.domain.mentoring.MentoringRelationship;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.profile.PersonRelations;
import java.util.UUID;

/** The relations, read from the in-memory memberships and whichever relationships port is given. */
public final class InMemoryPersonRelations implements PersonRelations {

    private final InMemoryCoalitionMemberships coalitionMemberships;
    private final InMemoryOrganizationMemberships organizationMemberships;
    private final MentoringRelationships relationships;

    public InMemoryPersonRelations(
            InMemoryCoalitionMemberships coalitionMemberships,
            InMemoryOrganizationMemberships organizationMemberships,
            MentoringRelationships relationships) {
        this.coalitionMemberships = coalitionMemberships;
        this.organizationMemberships = organizationMemberships;
        this.relationships = relationships;
    }

    @Override
    public boolean mentoringPartners(UUID person, UUID other) {
        return relationships.allInvolving(person).stream()
                .filter(r -> r.status().isRunning())
                .anyMatch(r -> isMember(r, person) && isMember(r, other));
    }

    private static boolean isMember(MentoringRelationship relationship, UUID person) {
        return relationship.participants().stream().anyMatch(p -> p.is(person) && p.isMember());
    }

    @Override
    public boolean shareActiveCoalition(UUID person, UUID other) {
        return coalitionMemberships.membershipsOf(person).stream()
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .anyMatch(m -> coalitionMemberships
                        .find(m.coalitionId(), other)
                        .filter(o -> o.status() == MembershipStatus.ACTIVE)
                        .isPresent());
    }

    @Override
    public boolean activeMemberOf(UUID organizationId, UUID person) {
        return organizationMemberships
                .findFor(organizationId, person)
                .filter(m -> m.status() == eu.loopmentoring.domain.organization.MembershipStatus.ACTIVE)
                .isPresent();
    }
}
