package eu.loopmentoring.persistence.profile;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.PersonRelationsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.mentoring.MentoringRelationships;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.domain.profile.PersonRelations;
import eu.loopmentoring.persistence.coalition.CoalitionMembershipRepository;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.mentoring.MentoringRelationshipRepository;
import eu.loopmentoring.persistence.organization.OrganizationMembershipRepository;
import eu.loopmentoring.persistence.organization.OrganizationRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PersonRelationsRepositoryTest extends PersonRelationsContract {

    @Inject
    PersonRepository people;

    @Inject
    CoalitionRepository coalitions;

    @Inject
    CoalitionMembershipRepository coalitionMemberships;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationMembershipRepository organizationMemberships;

    @Inject
    MentoringRelationshipRepository relationships;

    @Inject
    PersonRelationsRepository relations;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected Coalitions coalitions() {
        return InTransactions.each(Coalitions.class, coalitions);
    }

    @Override
    protected CoalitionMemberships coalitionMemberships() {
        return InTransactions.each(CoalitionMemberships.class, coalitionMemberships);
    }

    @Override
    protected Organizations organizations() {
        return InTransactions.each(Organizations.class, organizations);
    }

    @Override
    protected OrganizationMemberships organizationMemberships() {
        return InTransactions.each(OrganizationMemberships.class, organizationMemberships);
    }

    @Override
    protected MentoringRelationships relationships() {
        return InTransactions.each(MentoringRelationships.class, relationships);
    }

    @Override
    protected PersonRelations relations() {
        return InTransactions.each(PersonRelations.class, relations);
    }
}
