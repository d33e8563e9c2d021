package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.PersonRelationsContract;
import eu.loopmentoring.domain.fakes.InMemoryCoalitionMemberships;
import eu.loopmentoring.domain.fakes.InMemoryCoalitions;
import eu.loopmentoring.domain.fakes.InMemoryMentoringRelationships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizationMemberships;
import eu.loopmentoring.domain.fakes.InMemoryOrganizations;
import eu.loopmentoring.domain.fakes.InMemoryPeople;
import eu.loopmentoring.domain.fakes.InMemoryPersonRelations;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.profile.PersonRelations;

/** Beside the in-memory relationships it reads, which live in this package. */
class InMemoryPersonRelationsTest extends PersonRelationsContract {

    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryCoalitionMemberships coalitionMemberships = new InMemoryCoalitionMemberships();
    private final InMemoryCoalitions coalitions = new InMemoryCoalitions(coalitionMemberships);
    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final InMemoryOrganizationMemberships organizationMemberships =
            new InMemoryOrganizationMemberships(people, organizations);
    private final InMemoryMentoringRelationships relationships = new InMemoryMentoringRelationships();

    @Override
    protected People people() {
        return people;
    }

    @Override
    protected Coalitions coalitions() {
        return coalitions;
    }

    @Override
    protected CoalitionMemberships coalitionMemberships() {
        return coalitionMemberships;
    }

    @Override
    protected Organizations organizations() {
        return organizations;
    }

    @Override
    protected OrganizationMemberships organizationMemberships() {
        return organizationMemberships;
    }

    @Override
    protected MentoringRelationships relationships() {
        return relationships;
    }

    @Override
    protected PersonRelations relations() {
        return new InMemoryPersonRelations(coalitionMemberships, organizationMemberships, relationships);
    }
}
