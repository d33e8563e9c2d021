package eu.loopmentoring.persistence.learningpath;

import eu.loopmentoring.domain.coalition.CoalitionMemberships;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.contracts.LearningPathsContract;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.learningpath.LearningPaths;
import eu.loopmentoring.domain.organization.OrganizationMemberships;
import eu.loopmentoring.domain.organization.Organizations;
import eu.loopmentoring.persistence.coalition.CoalitionMembershipRepository;
import eu.loopmentoring.persistence.coalition.CoalitionRepository;
import eu.loopmentoring.persistence.identity.PersonRepository;
import eu.loopmentoring.persistence.organization.OrganizationMembershipRepository;
import eu.loopmentoring.persistence.organization.OrganizationRepository;
import eu.loopmentoring.persistence.support.InTransactions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class LearningPathRepositoryTest extends LearningPathsContract {

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
    LearningPathRepository paths;

    @Override
    protected People people() {
        return InTransactions.each(People.class, people);
    }

    @Override
    protected LearningPaths paths() {
        return InTransactions.each(LearningPaths.class, paths);
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
}
